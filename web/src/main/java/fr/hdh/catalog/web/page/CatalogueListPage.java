package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.CatalogueListView;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;
import java.util.Optional;
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
     * @param lang the page's language
     */
    public CatalogueListView view(Graph graph, String catalogIri, List<String> datasets, PageNav nav, Lang lang) {
        GraphLabels labels = new GraphLabels(graph, lang);
        Node catalog = NodeFactory.createURI(catalogIri);
        Optional<String> description = labels.literal(catalog, DCTerms.description.asNode(), lang.tag())
                .or(() -> labels.literal(catalog, DCTerms.description.asNode(), ""));
        List<CatalogueListView.Item> items = datasets.stream().map(iri -> item(graph, labels, NodeFactory.createURI(iri), lang)).toList();
        return new CatalogueListView(labels.of(catalog), description, nav.totalItems(), nav.page(), nav.lastPage(), items,
                nav.previous(), nav.next(), Formats.of("/catalog"));
    }

    private CatalogueListView.Item item(Graph graph, GraphLabels labels, Node dataset, Lang lang) {
        Optional<String> publisher = graph.find(dataset, DCTerms.publisher.asNode(), Node.ANY).nextOptional()
                .map(p -> labels.of(p.getObject()));
        Optional<String> summary = labels.literal(dataset, DCTerms.description.asNode(), lang.tag())
                .or(() -> labels.literal(dataset, DCTerms.description.asNode(), ""))
                .map(CatalogueListPage::shorten);
        return new CatalogueListView.Item(links.record(dataset.getURI(), labels.of(dataset)), publisher, summary);
    }

    private static String shorten(String text) {
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
    }
}
