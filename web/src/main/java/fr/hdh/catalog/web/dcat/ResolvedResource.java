package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.web.page.MemberSource;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * What a dereferenced IRI answers: a record whole (with its provenance), or a resource inside a record
 * (a table with its variables, a concept, a distribution), plus the store's descriptions of what it
 * points to.
 *
 * @param iri the IRI asked for
 * @param recordIri the record that holds it (the same IRI for a record)
 * @param graph the description served
 * @param modified the last change of the record, if known
 * @param dataset true when the IRI is a dataset (its HTML is the dataset page)
 * @param members the members of a large code list, read from the store a page at a time (then not in {@code graph})
 */
record ResolvedResource(String iri, String recordIri, Graph graph, Optional<Instant> modified, boolean dataset,
                        Optional<MemberSource> members) {}
