package fr.hdh.catalog.core.usage;

/** A project as stored: its IRI and its form read back from the record. */
public record StoredProject(String iri, ProjectForm form) {}
