package fr.hdh.catalog.web.site;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.HomePage;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.VocabularyLabels;
import fr.hdh.catalog.web.server.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The site's own pages: the home page at {@code /} and the 404 page a browser gets for any address
 * nothing serves.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new SiteWebModule(catalog), new SearchWebModule(catalog)));
 * </pre>
 */
public final class SiteWebModule implements WebModule {
    /** The servlet mapping of the context root alone ({@code GET /}), as the Servlet specification writes it. */
    static final String ROOT = "";

    private final Catalog catalog;

    public SiteWebModule(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        HtmlResponses html = new HtmlResponses();
        builder.addServlet(ROOT, new HomePageServlet(catalog.search(), new LatestChanges(catalog.store()),
                new MostReused(catalog.usage()),
                new HomePage(new LocalLinks(catalog.iris().base()), new VocabularyLabels(catalog.vocabularies())), html));
        builder.addFilter("/*", new NotFoundPages(html));
    }
}
