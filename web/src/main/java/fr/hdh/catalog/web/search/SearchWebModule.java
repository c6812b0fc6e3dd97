package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.sparql.search.SparqlSearch;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.SearchLinks;
import fr.hdh.catalog.web.page.SearchPage;
import fr.hdh.catalog.web.page.VocabularyLabels;
import fr.hdh.catalog.web.server.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Search in the server: the search page {@code GET /search}, {@code GET /api/search} and
 * {@code GET /api/suggest} with their error mapper, and the {@code hdh:search} property function on the
 * SPARQL endpoint.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new SearchWebModule(catalog)));
 * </pre>
 */
public final class SearchWebModule implements WebModule {
    private final Catalog catalog;
    private final SearchService search;

    public SearchWebModule(Catalog catalog) {
        this.catalog = catalog;
        this.search = catalog.search();
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        SparqlSearch.enable(catalog.store().datasetGraph(), search);
        builder.addServlet(SearchLinks.PATH, new SearchPageServlet(search, new SearchPage(new LocalLinks(catalog.iris().base()),
                new VocabularyLabels(catalog.vocabularies())),
                new HtmlResponses()));
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(SearchResource.class);
        api.register(SuggestResource.class);
        api.register(InvalidQueryMapper.class);
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(search).to(SearchService.class);
            }
        });
    }
}
