package fr.hdh.catalog.core;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One unit of the catalogue: the description of one main resource (a dataset with its distributions,
 * tables and variables; a producer; a vocabulary with its concepts; a standard; a project), stored as
 * one named graph whose name is the main resource's IRI.
 *
 * <pre>
 * CatalogRecord record = new CatalogRecord("https://example.org/dataset/x", RecordKind.DATASET, graph,
 *         new RecordSource("file:///tmp/x.ttl", "cli"));
 * catalog.records().put(record);
 * </pre>
 *
 * @param iri the main resource, also the name of the record's graph
 * @param kind what the main resource is
 * @param content the description, without provenance (the store adds that)
 * @param source where the description came from
 */
public record CatalogRecord(String iri, RecordKind kind, Graph content, RecordSource source) {
    public CatalogRecord {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
    }

    /** The graph name (and main resource) as a node. */
    public Node node() {
        return NodeFactory.createURI(iri);
    }
}
