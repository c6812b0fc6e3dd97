package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.PageView;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The page of a table, a variable or a producer, chosen by the resource's {@code rdf:type}
 * ({@code csvw:Table}, {@code csvw:Column}, {@code foaf:Organization}); empty for any other type, which
 * keeps the generic property page. Reads the store in one read transaction.
 *
 * <pre>
 * PageView view = new RecordPages(store, links).view(resolved, iri, path, lang)
 *         .orElseGet(() -&gt; new ResourcePage(links).view(resolved, iri, path, lang));
 * </pre>
 */
public final class RecordPages {
    /** The kinds of resource with a page of their own here. */
    private enum Kind { TABLE, VARIABLE, PRODUCER }

    private final CatalogStore store;
    private final LocalLinks links;
    private final CodePreviews previews = new CodePreviews();

    public RecordPages(CatalogStore store, LocalLinks links) {
        this.store = store;
        this.links = links;
    }

    /**
     * @param described the resolved description of the resource (its types are read there)
     * @param iri the resource
     * @param path where its page is served (for the links to the other formats)
     * @param lang the page's language
     */
    public Optional<PageView> view(Graph described, String iri, String path, Lang lang) {
        Node node = NodeFactory.createURI(iri);
        Optional<Kind> kind = kind(described, node);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.read(() -> {
            Places places = new Places(store.union(), links, lang);
            RecordLookups lookups = new RecordLookups(store.datasetGraph(), previews, store.version());
            PageView page = switch (kind.get()) {
                case TABLE -> TablePage.view(places, node, path);
                case VARIABLE -> VariablePage.view(places, lookups, node, path);
                case PRODUCER -> ProducerPage.view(places, lookups, node, path);
            };
            return page;
        }));
    }

    private static Optional<Kind> kind(Graph described, Node node) {
        if (described.contains(node, RecordTerms.TYPE, RecordTerms.TABLE)) {
            return Optional.of(Kind.TABLE);
        }
        if (described.contains(node, RecordTerms.TYPE, RecordTerms.COLUMN)) {
            return Optional.of(Kind.VARIABLE);
        }
        if (described.contains(node, RecordTerms.TYPE, RecordTerms.ORGANIZATION)) {
            return Optional.of(Kind.PRODUCER);
        }
        return Optional.empty();
    }
}
