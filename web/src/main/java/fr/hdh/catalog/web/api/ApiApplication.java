package fr.hdh.catalog.web.api;

import fr.hdh.catalog.core.Catalog;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The JSON API's Jersey application, mounted at {@code /api/*}; services are bound by HK2. */
public final class ApiApplication extends ResourceConfig {
    public ApiApplication(Catalog catalog) {
        register(JacksonFeature.class);
        register(StatsResource.class);
        register(CatalogExceptionMapper.class);
        register(UnexpectedExceptionMapper.class);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(catalog).to(Catalog.class);
            }
        });
    }
}
