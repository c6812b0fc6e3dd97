package fr.hdh.catalog.core.record;

import org.apache.jena.graph.Graph;

/**
 * A record as a commit left it in the store (content and provenance), handed to commit listeners so
 * they can follow the graph (the search index) without reading back what was just written.
 *
 * @param iri the record
 * @param stored the record's graph exactly as stored; do not modify
 */
public record CommittedRecord(String iri, Graph stored) {}
