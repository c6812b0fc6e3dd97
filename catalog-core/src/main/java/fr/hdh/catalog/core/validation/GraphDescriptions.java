package fr.hdh.catalog.core.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** The description of a resource in a graph: its triples and, recursively, those of its blank nodes. */
public final class GraphDescriptions {
    private GraphDescriptions() {}

    /** Copies the description of {@code resource} in {@code source} into {@code sink}. */
    public static void copy(Graph source, Node resource, Graph sink) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(resource);
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            source.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                sink.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            });
        }
    }

    /** A lookup over an in-memory graph. */
    public static ReferenceLookup lookupIn(Graph source) {
        return (resource, sink) -> copy(source, resource, sink);
    }

    /** IRIs used as objects in {@code g} but never as subjects. */
    public static Set<Node> dangling(Graph g) {
        Set<Node> result = new HashSet<>();
        g.find().forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            if (o.isURI() && !g.contains(o, Node.ANY, Node.ANY)) {
                result.add(o);
            }
        });
        return result;
    }
}
