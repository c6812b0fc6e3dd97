package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Adds to a served graph the descriptions, held by the store, of what it points to without describing
 * (a publisher and its contact point, a theme concept, a code list's scheme), two hops deep like the
 * validator, so the graph is self-contained. Other datasets are not pulled in: each is served whole on
 * its own page or IRI.
 */
final class StoreReferences {
    private static final int HOPS = 2;

    private final CatalogStore store;

    StoreReferences(CatalogStore store) {
        this.store = store;
    }

    /** Adds the referenced descriptions to {@code graph}. Call inside a read transaction. */
    void addTo(Graph graph) {
        Graph union = store.union();
        Set<Node> looked = new HashSet<>();
        Set<Node> frontier = GraphDescriptions.dangling(graph);
        for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
            Graph found = GraphFactory.createDefaultGraph();
            for (Node n : frontier) {
                if (!union.contains(n, RDF.type.asNode(), DCAT.Dataset.asNode())) {
                    GraphDescriptions.copy(union, n, found);
                }
            }
            looked.addAll(frontier);
            found.find().forEachRemaining(graph::add);
            frontier = GraphDescriptions.dangling(found);
            frontier.removeAll(looked);
        }
    }
}
