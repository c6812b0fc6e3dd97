package fr.hdh.catalog.harvest.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.SKOS;

/**
 * The codes ({@code skos:notation}) of the concepts of a {@code skos:ConceptScheme}, read once per
 * scheme from the catalogue's union graph and sorted, so a seeded draw is the same on every run.
 * Call inside a read transaction of the store.
 */
final class CodeLists {
    static {
        JenaSystem.init();
    }

    private final Graph graph;
    private final Map<String, List<String>> byScheme = new HashMap<>();

    CodeLists(Graph graph) {
        this.graph = graph;
    }

    /** The codes of {@code schemeIri}; empty when the catalogue does not hold that scheme's concepts. */
    List<String> codes(String schemeIri) {
        return byScheme.computeIfAbsent(schemeIri, this::read);
    }

    private List<String> read(String schemeIri) {
        List<String> codes = new ArrayList<>();
        Node notation = SKOS.notation.asNode();
        graph.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(schemeIri)).forEachRemaining(t ->
                graph.find(t.getSubject(), notation, Node.ANY).forEachRemaining(n -> {
                    if (n.getObject().isLiteral()) {
                        codes.add(n.getObject().getLiteralLexicalForm());
                    }
                }));
        return codes.stream().distinct().sorted().toList();
    }
}
