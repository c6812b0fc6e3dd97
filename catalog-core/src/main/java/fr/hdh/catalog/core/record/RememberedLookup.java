package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A lookup that asks another once per resource and remembers the answer, for the length of one batch
 * validation: two thousand datasets naming the same publisher, access right and themes ask the store
 * and the vocabularies once for each. Valid while what it asks does not change (the store, read in
 * transactions of one committed state; the bundled vocabularies). Safe for the threads validating one
 * batch together.
 */
final class RememberedLookup implements ReferenceLookup {
    private final ReferenceLookup delegate;
    private final Map<Node, Graph> known = new ConcurrentHashMap<>();

    RememberedLookup(ReferenceLookup delegate) {
        this.delegate = delegate;
    }

    @Override
    public void describeInto(Node resource, Graph sink) {
        Graph description = known.get(resource);
        if (description == null) {
            Graph g = GraphFactory.createDefaultGraph();
            delegate.describeInto(resource, g);
            // Two threads may ask at once: both answers are the same, the first one kept is used.
            Graph kept = known.putIfAbsent(resource, g);
            description = kept != null ? kept : g;
        }
        description.find().forEachRemaining(sink::add);
    }
}
