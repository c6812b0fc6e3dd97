package fr.hdh.catalog.web.page;

import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What a page shows for a node: its label in the graph (in the page's language first, then the other,
 * then any), else its short form ({@code dcat:Dataset}) or the IRI itself.
 */
public final class GraphLabels {
    private static final List<Node> LABELS = List.of(
            uri("http://www.w3.org/2004/02/skos/core#prefLabel"), uri("http://purl.org/dc/terms/title"),
            uri("http://xmlns.com/foaf/0.1/name"), uri("http://www.w3.org/2006/vcard/ns#fn"),
            uri("http://www.w3.org/ns/csvw#title"), uri("http://www.w3.org/2000/01/rdf-schema#label"),
            uri("http://www.w3.org/ns/csvw#name"));

    private final Graph graph;
    private final Lang lang;

    /** Labels in French first. */
    public GraphLabels(Graph graph) {
        this(graph, Lang.FR);
    }

    /** Labels in {@code lang} first. */
    public GraphLabels(Graph graph, Lang lang) {
        this.graph = graph;
        this.lang = lang;
    }

    /** Whether {@code property} is one a label is read from. */
    static boolean isLabel(Node property) {
        return LABELS.contains(property);
    }

    public String of(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        for (Node property : LABELS) {
            Optional<String> label = literal(node, property, lang.tag()).or(() -> literal(node, property, lang.other().tag()))
                    .or(() -> literal(node, property, ""));
            if (label.isPresent()) {
                return label.get();
            }
        }
        return node.isURI() ? Namespaces.shortForm(node.getURI()).replaceAll("^<(.*)>$", "$1") : "(blank node)";
    }

    /** The literal value of {@code property} in language {@code lang} ("" for any). */
    public Optional<String> literal(Node subject, Node property, String lang) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(Node::isLiteral)
                .filter(o -> lang.isEmpty() || lang.equalsIgnoreCase(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
