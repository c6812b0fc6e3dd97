package fr.hdh.catalog.web.stats;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.ViewServlet;
import fr.hdh.catalog.web.server.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The statistics in the server: the {@code /statistics} page, {@code /api/statistics}, and the charting
 * library the page draws with ({@link fr.hdh.catalog.web.page.StaticFilesServlet#ECHARTS}, served with the pages' static files).
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new StatisticsWebModule(catalog)));
 * </pre>
 */
public final class StatisticsWebModule implements WebModule {
    private final Statistics statistics;

    public StatisticsWebModule(Catalog catalog) {
        this.statistics = new Statistics(catalog);
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addServlet("/statistics", new ViewServlet(context -> StatisticsPage.view(statistics.now(context.lang()), context.m())));
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(new StatisticsResource(statistics));
    }
}
