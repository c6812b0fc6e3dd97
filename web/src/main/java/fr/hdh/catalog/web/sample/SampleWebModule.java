package fr.hdh.catalog.web.sample;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.harvest.sample.SyntheticSample;
import fr.hdh.catalog.web.server.WebModule;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Plugs the synthetic-sample download ({@code GET /api/sample}) into the server.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new SampleWebModule(catalog)));
 * </pre>
 */
public final class SampleWebModule implements WebModule {
    private final SyntheticSample samples;

    public SampleWebModule(Catalog catalog) {
        this.samples = new SyntheticSample(catalog);
    }

    @Override
    public void addApi(ResourceConfig api) {
        api.register(SampleResource.class);
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(samples).to(SyntheticSample.class);
            }
        });
    }
}
