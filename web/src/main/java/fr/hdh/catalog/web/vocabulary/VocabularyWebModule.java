package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.api.CatalogExceptionMapper;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.server.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The vocabulary browser {@code /vocabularies} and the APIs {@code /api/vocabularies} and
 * {@code /api/concepts}. (A concept's HTML page is served where its IRI is dereferenced, by
 * {@code web.dcat} through {@link ConceptPages}.)
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new DcatWebModule(catalog), new VocabularyWebModule(catalog)));
 * </pre>
 */
public final class VocabularyWebModule implements WebModule {
    private final Catalog catalog;
    private final Schemes schemes;
    private final Concepts concepts;

    public VocabularyWebModule(Catalog catalog) {
        this.catalog = catalog;
        this.schemes = new Schemes(catalog);
        this.concepts = new Concepts(catalog);
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addServlet(VocabulariesPageServlet.PATH, new VocabulariesPageServlet(schemes,
                new VocabulariesPage(new LocalLinks(catalog.iris().base())), new HtmlResponses()));
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(VocabulariesResource.class);
        api.register(ConceptsResource.class);
        if (!api.isRegistered(CatalogExceptionMapper.class)) {
            api.register(CatalogExceptionMapper.class);
        }
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(schemes).to(Schemes.class);
                bind(concepts).to(Concepts.class);
            }
        });
    }
}
