package fr.hdh.catalog.core.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * DCAT-AP's class ranges read as RDFS ranges, for generic DCAT-AP records: a value nobody describes (a
 * licence IRI such as {@code https://creativecommons.org/publicdomain/zero/1.0/}, a publisher known by its
 * IRI only) is taken to be of the class the property's range declares, as RDFS entails, instead of failing
 * the closed-world {@code sh:class} check. A value that is described with another type still fails.
 *
 * <p>The DCAT-AP 3.0.0 {@code range.ttl} says of itself that its constraints "mostly figure in the semantical
 * understanding of the ranges" and apply "depending on the exchange agreements". Our agreement: health
 * records must have their values described (the EU vocabularies are the background), so a mistyped theme
 * is caught; records harvested from generic portals get the entailment.
 */
final class RangeEntailment {
    private static final int MAX_ROUNDS = 3;

    private record Range(Node targetClass, Node property, Node rangeClass) {}

    private final List<Range> ranges;

    private RangeEntailment(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The ranges stated by the simple property shapes (one IRI path, one {@code sh:class}) of {@code shapes}. */
    static RangeEntailment of(Graph shapes) {
        List<Range> ranges = new ArrayList<>();
        shapes.find(Node.ANY, SHACL.targetClass, Node.ANY).forEachRemaining(target ->
                shapes.find(target.getSubject(), SHACL.property, Node.ANY).forEachRemaining(p -> {
                    Node shape = p.getObject();
                    Node path = single(shapes, shape, SHACL.path);
                    Node rangeClass = single(shapes, shape, SHACL.class_);
                    if (path != null && path.isURI() && rangeClass != null && rangeClass.isURI()) {
                        ranges.add(new Range(target.getObject(), path, rangeClass));
                    }
                }));
        return new RangeEntailment(ranges);
    }

    /** How many ranges were read; for tests. */
    int size() {
        return ranges.size();
    }

    /**
     * {@code data} with the entailed types of its untyped values added: {@code data} itself when nothing is
     * entailed (a code list, say), else a copy.
     */
    Graph entail(Graph data) {
        Map<Node, Node> entailed = new LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<Node, Node> found = new LinkedHashMap<>();
            for (Range range : ranges) {
                focusNodes(data, entailed, range.targetClass()).forEach(focus ->
                        data.find(focus, range.property(), Node.ANY).forEachRemaining(value -> {
                            Node v = value.getObject();
                            if (!v.isLiteral() && !entailed.containsKey(v) && !data.contains(v, RDF.type.asNode(), Node.ANY)) {
                                found.putIfAbsent(v, range.rangeClass());
                            }
                        }));
            }
            if (found.isEmpty()) {
                break;
            }
            entailed.putAll(found);
        }
        if (entailed.isEmpty()) {
            return data;
        }
        Graph out = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(out::add);
        entailed.forEach((value, type) -> out.add(value, RDF.type.asNode(), type));
        return out;
    }

    /**
     * The nodes of {@code type} or of one of its subclasses the data states ({@code foaf:Organization} is a
     * {@code foaf:Agent}: the validator targets it too), and the values entailed to be of {@code type}.
     */
    private static List<Node> focusNodes(Graph data, Map<Node, Node> entailed, Node type) {
        List<Node> nodes = new ArrayList<>();
        for (Node c : withSubclasses(data, type)) {
            data.find(Node.ANY, RDF.type.asNode(), c).mapWith(Triple::getSubject).forEachRemaining(nodes::add);
        }
        entailed.forEach((value, t) -> {
            if (t.equals(type)) {
                nodes.add(value);
            }
        });
        return nodes;
    }

    private static Set<Node> withSubclasses(Graph data, Node type) {
        Set<Node> classes = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (classes.add(c)) {
                data.find(Node.ANY, RDFS.subClassOf.asNode(), c).mapWith(Triple::getSubject).forEachRemaining(todo::add);
            }
        }
        return classes;
    }

    private static Node single(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        return found.size() == 1 ? found.get(0).getObject() : null;
    }
}
