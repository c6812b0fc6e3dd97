package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.StaticFilesServlet;
import fr.hdh.catalog.web.page.UsageSection;
import fr.hdh.catalog.web.page.VocabularyLabels;
import fr.hdh.catalog.web.page.record.RecordPages;
import fr.hdh.catalog.web.server.WebModule;
import fr.hdh.catalog.web.vocabulary.ConceptPages;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The federation-facing part of the server: {@code /catalog} (DCAT-AP pages), the dereferencing of
 * every minted IRI, the published JSON-LD context, {@code /sitemap.xml} and the pages' static files
 * (stylesheet and script).
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new DcatWebModule(catalog)));
 * </pre>
 */
public final class DcatWebModule implements WebModule {
    private final Catalog catalog;
    private final DcatCatalogue dcat;

    public DcatWebModule(Catalog catalog) {
        this(catalog, CatalogueDescription.healthDataHub(catalog.iris()));
    }

    public DcatWebModule(Catalog catalog, CatalogueDescription description) {
        this.catalog = catalog;
        this.dcat = new DcatCatalogue(catalog, description);
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        JsonLdContext context = JsonLdContext.load();
        GraphWriter writer = new GraphWriter(context);
        String base = catalog.iris().base();
        LocalLinks links = new LocalLinks(base);
        HtmlResponses html = new HtmlResponses();
        builder.addServlet(CatalogServlet.PATH, new CatalogServlet(dcat, writer, links, html));
        ResourceServlet resources = new ResourceServlet(new ResourceResolver(catalog.store()),
                catalog.quality(), catalog.asPublished(), new UsageSection(catalog.usage(), links),
                new RecordPages(catalog.store(), links), writer, links, new VocabularyLabels(catalog.vocabularies()), html, base,
                new ConceptPages(catalog, links, html));
        for (String prefix : ResourceServlet.PREFIXES) {
            builder.addServlet("/" + prefix + "/*", resources);
        }
        builder.addServlet(LocalLinks.RECORD_PAGE, resources);
        builder.addServlet(JsonLdContext.PATH, new ContextServlet(context));
        builder.addServlet("/sitemap.xml", new SitemapServlet(dcat));
        builder.addServlet(StaticFilesServlet.PATH + "/*", new StaticFilesServlet());
    }
}
