package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A lookup that asks another once per resource and remembers the answer, for the length of one batch
 * validation: two thousand datasets naming the same publisher, access right and themes ask the store
 * and the vocabularies once for each. Valid while what it asks does not change (the store, read in one
 * transaction; the bundled vocabularies).
 */
final class RememberedLookup implements ReferenceLookup {
    private final ReferenceLookup delegate;
    private final Map<Node, Graph> known = new HashMap<>();

    RememberedLookup(ReferenceLookup delegate) {
        this.delegate = delegate;
    }

    @Override
    public void describeInto(Node resource, Graph sink) {
        Graph description = known.computeIfAbsent(resource, r -> {
            Graph g = GraphFactory.createDefaultGraph();
            delegate.describeInto(r, g);
            return g;
        });
        description.find().forEachRemaining(sink::add);
    }
}
