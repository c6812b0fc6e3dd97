package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.ontologies.Namespaces;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Finds what an IRI names in the store: a record graph by its name, else the record that describes it.
 * Inside a record, the answer is the resource's description with those of the resources minted
 * beneath it (a table brings its variables), and the referenced descriptions.
 */
final class ResourceResolver {
    private final CatalogStore store;
    private final StoreReferences references;

    ResourceResolver(CatalogStore store) {
        this.store = store;
        this.references = new StoreReferences(store);
    }

    Optional<ResolvedResource> resolve(String iri) {
        return store.read(() -> {
            Optional<Graph> record = store.recordGraph(iri);
            if (record.isPresent()) {
                return Optional.of(answer(iri, iri, record.get(), record.get()));
            }
            return owner(iri).flatMap(owner -> store.recordGraph(owner)
                    .map(stored -> answer(iri, owner, stored, describe(stored, iri))));
        });
    }

    private ResolvedResource answer(String iri, String recordIri, Graph stored, Graph description) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        description.find().forEachRemaining(graph::add);
        references.addTo(graph);
        Node node = NodeFactory.createURI(iri);
        boolean dataset = graph.contains(node, RDF.type.asNode(), DCAT.Dataset.asNode());
        return new ResolvedResource(iri, recordIri, graph, modified(recordIri, stored), dataset);
    }

    private Optional<String> owner(String iri) {
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(DcatQuery.OWNER.query())
                .substitution("resource", NodeFactory.createURI(iri)).build()) {
            var rows = exec.select();
            return rows.hasNext() ? Optional.of(rows.next().get("graph").getURI()) : Optional.empty();
        }
    }

    private static Graph describe(Graph stored, String iri) {
        Graph out = GraphFactory.createDefaultGraph();
        GraphDescriptions.copy(stored, NodeFactory.createURI(iri), out);
        String below = iri + "/";
        stored.find().mapWith(t -> t.getSubject()).filterKeep(s -> s.isURI() && s.getURI().startsWith(below))
                .toSet().forEach(s -> GraphDescriptions.copy(stored, s, out));
        return out;
    }

    private static Optional<Instant> modified(String recordIri, Graph stored) {
        return stored.find(RecordProvenance.recordNode(recordIri), DCTerms.modified.asNode(), Node.ANY).nextOptional()
                .map(t -> Instant.parse(t.getObject().getLiteralLexicalForm()));
    }
}
