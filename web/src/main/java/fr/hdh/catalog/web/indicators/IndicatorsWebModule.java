package fr.hdh.catalog.web.indicators;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.indicators.IndicatorDefinitions;
import fr.hdh.catalog.core.indicators.Indicators;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.web.page.IndicatorsPage;
import fr.hdh.catalog.web.page.ViewServlet;
import fr.hdh.catalog.web.server.WebModule;
import java.time.Clock;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The indicators in the server: {@code /api/indicators} and the {@code /indicators} page. The
 * definitions are read, and their queries parsed, when the module is made, so a broken one stops the start.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new IndicatorsWebModule(catalog)));
 * </pre>
 */
public final class IndicatorsWebModule implements WebModule {
    private final Indicators indicators;

    public IndicatorsWebModule(Catalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    /** With another clock for "the last twelve months" (tests). */
    public IndicatorsWebModule(Catalog catalog, Clock clock) {
        this.indicators = new Indicators(catalog.store(), IndicatorDefinitions.bundled(),
                catalog.iris().producer(HdhCatalogueReader.HDAB_ID), clock);
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addServlet("/indicators", new ViewServlet(context -> IndicatorsPage.view(indicators.all(), context.m())));
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(new IndicatorsResource(indicators));
    }
}
