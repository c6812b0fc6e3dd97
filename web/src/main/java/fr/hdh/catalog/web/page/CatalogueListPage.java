package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/** The catalogue for a browser: one page of datasets with title, publisher and summary, and the page links. */
public final class CatalogueListPage {
    private static final int SUMMARY_CHARS = 280;

    private final LocalLinks links;

    public CatalogueListPage(LocalLinks links) {
        this.links = links;
    }

    /**
     * @param graph the page graph (datasets and their publishers)
     * @param catalogIri the catalogue node
     * @param datasets the page's datasets, in order
     * @param nav where the page sits
     */
    public String render(Graph graph, String catalogIri, List<String> datasets, PageNav nav) {
        GraphLabels labels = new GraphLabels(graph);
        Node catalog = NodeFactory.createURI(catalogIri);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(HtmlText.escape(labels.of(catalog))).append("</h1>");
        labels.literal(catalog, DCTerms.description.asNode(), "fr")
                .ifPresent(d -> body.append("<p class=\"subtitle\">").append(HtmlText.escape(d)).append("</p>"));
        body.append("<p>").append(nav.totalItems()).append(" jeux de données · datasets — page ")
                .append(nav.page()).append(" / ").append(nav.lastPage()).append("</p>");
        body.append("<ul class=\"datasets\">");
        for (String iri : datasets) {
            body.append(item(graph, labels, NodeFactory.createURI(iri)));
        }
        body.append("</ul>").append(navigation(nav)).append(PageLayout.formats("/catalog"));
        return PageLayout.page(labels.of(catalog), "", body.toString());
    }

    private String item(Graph graph, GraphLabels labels, Node dataset) {
        StringBuilder li = new StringBuilder("<li>").append(links.anchor(dataset.getURI(), labels.of(dataset)));
        graph.find(dataset, DCTerms.publisher.asNode(), Node.ANY).nextOptional()
                .ifPresent(p -> li.append(" — ").append(HtmlText.escape(labels.of(p.getObject()))));
        labels.literal(dataset, DCTerms.description.asNode(), "fr")
                .or(() -> labels.literal(dataset, DCTerms.description.asNode(), ""))
                .ifPresent(d -> li.append("<br>").append(HtmlText.escape(shorten(d))));
        return li.append("</li>").toString();
    }

    private static String navigation(PageNav nav) {
        StringBuilder b = new StringBuilder("<nav class=\"pages\">");
        nav.previous().ifPresent(p -> b.append("<a rel=\"prev\" href=\"").append(HtmlText.escape(p)).append("\">← précédent · previous</a>"));
        nav.next().ifPresent(n -> b.append("<a rel=\"next\" href=\"").append(HtmlText.escape(n)).append("\">suivant · next →</a>"));
        return b.append("</nav>").toString();
    }

    private static String shorten(String text) {
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
    }
}
