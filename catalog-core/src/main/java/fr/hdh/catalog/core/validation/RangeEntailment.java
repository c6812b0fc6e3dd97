package fr.hdh.catalog.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

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

    /** A copy of {@code data} with the entailed types of its untyped values added. */
    Graph entail(Graph data) {
        Graph out = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(out::add);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Triple> added = new ArrayList<>();
            for (Range range : ranges) {
                out.find(Node.ANY, RDF.type.asNode(), range.targetClass()).forEachRemaining(focus ->
                        out.find(focus.getSubject(), range.property(), Node.ANY).forEachRemaining(value -> {
                            Node v = value.getObject();
                            if (!v.isLiteral() && !out.contains(v, RDF.type.asNode(), Node.ANY)) {
                                added.add(Triple.create(v, RDF.type.asNode(), range.rangeClass()));
                            }
                        }));
            }
            if (added.isEmpty()) {
                break;
            }
            added.forEach(out::add);
        }
        return out;
    }

    private static Node single(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        return found.size() == 1 ? found.get(0).getObject() : null;
    }
}
