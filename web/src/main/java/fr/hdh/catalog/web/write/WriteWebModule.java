package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.account.BadTokenThrottle;
import fr.hdh.catalog.web.account.UsersResource;
import fr.hdh.catalog.web.api.RefusalClosesConnection;
import fr.hdh.catalog.web.server.WebModule;
import java.time.Clock;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The authenticated write side of the API: users and tokens ({@code /api/users}, {@code /api/audit}) and
 * the producers' dataset records ({@code /api/datasets}), the curators' re-certification list, the mapper
 * that turns the catalogue's exceptions into problem+json, and the throttle on refused tokens.
 */
public final class WriteWebModule implements WebModule {
    private final Catalog catalog;
    private final Authenticator authenticator;
    private final int refusedTokensPerMinute;

    public WriteWebModule(Catalog catalog, Optional<String> adminToken) {
        this(catalog, adminToken, BadTokenThrottle.ALLOWED);
    }

    /** The module allowing each client {@code refusedTokensPerMinute} refused tokens a minute before a 429. */
    public WriteWebModule(Catalog catalog, Optional<String> adminToken, int refusedTokensPerMinute) {
        this.catalog = catalog;
        this.authenticator = new Authenticator(adminToken, catalog.accounts());
        this.refusedTokensPerMinute = refusedTokensPerMinute;
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addFilter("/api/*", new BadTokenThrottle(Clock.systemUTC(), refusedTokensPerMinute));
    }

    @Override
    public void addApi(ResourceConfig api) {
        RefusalClosesConnection.registerIn(api);
        api.register(UsersResource.class);
        api.register(fr.hdh.catalog.web.account.AuditResource.class);
        api.register(DatasetsResource.class);
        api.register(DictionaryResource.class);
        api.register(CurationResource.class);
        api.register(fr.hdh.catalog.web.account.BackupResource.class);
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(authenticator).to(Authenticator.class);
                bind(catalog.accounts()).to(fr.hdh.catalog.core.account.Accounts.class);
                bind(catalog.workspace()).to(fr.hdh.catalog.core.record.Workspace.class);
            }
        });
    }
}
