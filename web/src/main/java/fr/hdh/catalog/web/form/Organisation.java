package fr.hdh.catalog.web.form;

/**
 * An organisation a producer writes for, as the publisher choice shows it.
 *
 * @param iri the organisation record's IRI (the value sent)
 * @param name its name in the page's language, else its IRI
 */
public record Organisation(String iri, String name) {}
