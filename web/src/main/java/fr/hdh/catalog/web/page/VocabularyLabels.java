package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Labels for the vocabulary values a page shows: an access right, a health category or a country is
 * named by an IRI whose description lives in the controlled vocabularies, not in the store. A person
 * reads "restreint", not {@code http://publications.europa.eu/resource/authority/access-right/RESTRICTED}.
 * Only labels are borrowed, and only for a page: the RDF served stays the store's.
 */
public final class VocabularyLabels {
    private final ReferenceLookup vocabularies;

    public VocabularyLabels(ReferenceLookup vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** A copy of {@code graph} with the vocabularies' labels of the IRIs it points to without labelling them. */
    public Graph addTo(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(out::add);
        Set<Node> unlabelled = graph.find().mapWith(Triple::getObject)
                .filterKeep(o -> o.isURI() && !hasLabel(graph, o))
                .toSet();
        for (Node value : unlabelled) {
            Graph described = GraphFactory.createDefaultGraph();
            vocabularies.describeInto(value, described);
            described.find(value, Node.ANY, Node.ANY)
                    .filterKeep(t -> GraphLabels.isLabel(t.getPredicate()) && t.getObject().isLiteral())
                    .forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * The vocabularies' label of {@code iri} in {@code lang}, else in the other language; empty when the
     * vocabularies do not describe it (a producer, a code list: the index names those).
     */
    public Optional<String> label(String iri, Lang lang) {
        if (!iri.contains(":")) {
            return Optional.empty();
        }
        Graph described = GraphFactory.createDefaultGraph();
        Node value = NodeFactory.createURI(iri);
        vocabularies.describeInto(value, described);
        GraphLabels labels = new GraphLabels(described, lang);
        return described.find(value, Node.ANY, Node.ANY).filterKeep(t -> GraphLabels.isLabel(t.getPredicate())).hasNext()
                ? Optional.of(labels.of(value)) : Optional.empty();
    }

    private static boolean hasLabel(Graph graph, Node node) {
        return graph.find(node, Node.ANY, Node.ANY).filterKeep(t -> GraphLabels.isLabel(t.getPredicate())).hasNext();
    }
}
