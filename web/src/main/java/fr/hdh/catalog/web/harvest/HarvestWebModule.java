package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.harvest.catalogue.CatalogueOperator;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunLog;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import fr.hdh.catalog.web.page.QualityOverviewPage;
import fr.hdh.catalog.web.page.ViewServlet;
import fr.hdh.catalog.web.server.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Harvesting in the server: the {@code /api/harvest} resource, the scheduler, which starts and
 * stops with the server, and the {@code /quality} page of what the harvests measured. See the package
 * documentation.
 *
 * <pre>
 * new HarvestWebModule(catalog, HarvestWebSettings.of(dataDir, System.getenv("HDH_ADMIN_TOKEN")));
 * </pre>
 */
public final class HarvestWebModule implements WebModule {
    private final Catalog catalog;
    private final SourceRegistry sources;
    private final HarvestScheduler scheduler;
    private final AdminGuard guard;
    private final SourceLocations locations;

    public HarvestWebModule(Catalog catalog, HarvestWebSettings settings) {
        this(catalog, settings, HarvesterRegistry.standard());
    }

    /** With other harvesters (tests). */
    public HarvestWebModule(Catalog catalog, HarvestWebSettings settings, HarvesterRegistry harvesters) {
        this.catalog = catalog;
        CatalogueOperator.ensureDescribed(catalog);
        this.sources = SourceRegistry.in(settings.sourcesDir());
        this.scheduler = new HarvestScheduler(new HarvestRunner(catalog, harvesters, settings.fetchPolicy()), sources);
        this.guard = new AdminGuard(settings.adminToken(), catalog.accounts());
        this.locations = new SourceLocations(settings.harvestFilesDir());
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addFilter("/api/harvest/*", new SchedulerLifecycle(scheduler));
        builder.addServlet("/quality", new ViewServlet(context -> QualityOverviewPage.view(catalog.quality().sources(), context.lang())));
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(HarvestResource.class);
        api.register(new AdminTokenFilter(guard));
        api.register(new QualityResource(catalog));
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(new RunLog(catalog.store())).to(RunLog.class);
                bind(sources).to(SourceRegistry.class);
                bind(scheduler).to(HarvestScheduler.class);
                bind(locations).to(SourceLocations.class);
            }
        });
    }
}
