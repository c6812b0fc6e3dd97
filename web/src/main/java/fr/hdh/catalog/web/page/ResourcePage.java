package fr.hdh.catalog.web.page;

import fr.hdh.catalog.ontologies.Namespaces;
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
 * browser: its properties and values, then those of the resources described beneath it.
 */
public final class ResourcePage {
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
        for (String child : below) {
            Node c = NodeFactory.createURI(child);
            body.append("<details><summary>").append(links.anchor(child, labels.of(c))).append("</summary>")
                    .append(properties(graph, labels, c)).append("</details>");
        }
        body.append(PageLayout.formats(path));
        return PageLayout.page(labels.of(subject), "", body.toString());
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
