package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

import fr.hdh.catalog.ontologies.Namespaces;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Any resource that is not a dataset (a producer, a table, a variable, a code list, a concept) for a
 * browser: its properties and values, then the resources described beneath it (a code list's
 * concepts): with their properties when they are few, one line each (code and label) when many.
 */
public final class ResourcePage {
    /** Above this many resources beneath, they are listed one line each rather than with their properties. */
    static final int DETAILED_MEMBERS = 100;
    private static final Node NOTATION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");

    private final LocalLinks links;

    public ResourcePage(LocalLinks links) {
        this.links = links;
    }

    public String render(Graph graph, String iri, String path) {
        GraphLabels labels = new GraphLabels(graph);
        Node subject = NodeFactory.createURI(iri);
        StringBuilder body = new StringBuilder("<h1>").append(HtmlText.escape(labels.of(subject))).append("</h1>")
                .append("<p class=\"subtitle\"><code>").append(HtmlText.escape(iri)).append("</code></p>")
                .append(properties(graph, labels, subject));
        Set<String> below = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(iri + "/")) {
                below.add(t.getSubject().getURI());
            }
        });
        body.append(below.size() > DETAILED_MEMBERS ? memberList(graph, labels, iri, below) : memberDetails(graph, labels, below));
        body.append(PageLayout.formats(path));
        return PageLayout.page(labels.of(subject), "", body.toString());
    }

    /** Few resources beneath: each with its properties, folded. */
    private String memberDetails(Graph graph, GraphLabels labels, Set<String> below) {
        StringBuilder b = new StringBuilder();
        for (String child : below) {
            Node c = NodeFactory.createURI(child);
            b.append("<details><summary>").append(links.anchor(child, labels.of(c))).append("</summary>")
                    .append(properties(graph, labels, c)).append("</details>");
        }
        return b.toString();
    }

    /**
     * Many resources beneath (the 19,000 codes of CIM-10): one line each, code then label, so the page
     * stays a few megabytes a browser shows at once and a reader searches with Ctrl+F; each code links
     * to its own page.
     */
    private String memberList(Graph graph, GraphLabels labels, String iri, Set<String> below) {
        StringBuilder b = new StringBuilder("<h2>").append(below.size()).append(" éléments · members</h2><ul class=\"members\">");
        for (String child : below) {
            Node c = NodeFactory.createURI(child);
            String code = graph.find(c, NOTATION, Node.ANY).nextOptional().map(t -> labels.of(t.getObject()))
                    .orElseGet(() -> decoded(child.substring(iri.length() + 1)));
            String label = labels.of(c);
            b.append("<li>").append(links.anchor(child, code));
            if (!label.equals(code) && !label.equals(Namespaces.shortForm(child))) {
                b.append(" ").append(HtmlText.escape(label));
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    /** A path segment as minted (percent-encoded), shown decoded; left as it is when it does not decode. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return segment;
        }
    }

    private String properties(Graph graph, GraphLabels labels, Node subject) {
        List<Triple> triples = graph.find(subject, Node.ANY, Node.ANY).toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        StringBuilder b = new StringBuilder("<table><tr><th>property</th><th>value</th></tr>");
        for (Triple t : triples) {
            b.append("<tr><td>").append(HtmlText.escape(Namespaces.shortForm(t.getPredicate().getURI())))
                    .append("</td><td>").append(value(labels, t.getObject())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private String value(GraphLabels labels, Node o) {
        if (o.isURI()) {
            return links.anchor(o.getURI(), labels.of(o));
        }
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            return HtmlText.escape(o.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + HtmlText.escape(lang) + "</small>");
        }
        return HtmlText.escape(labels.of(o));
    }
}
