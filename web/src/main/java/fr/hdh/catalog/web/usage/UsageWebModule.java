package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.api.RefusalClosesConnection;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.UsageDirectoryPage;
import fr.hdh.catalog.web.page.ViewServlet;
import fr.hdh.catalog.web.server.WebModule;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/** Projects, publications and reuse indicators under {@code /api}; the directory pages {@code /projects} and {@code /publications}. */
public final class UsageWebModule implements WebModule {
    private final Catalog catalog;
    private final UsageAccess access;

    public UsageWebModule(Catalog catalog, Optional<String> adminToken) {
        this.catalog = catalog;
        this.access = new UsageAccess(new Authenticator(adminToken, catalog.accounts()));
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        UsageDirectoryPage directory = new UsageDirectoryPage(catalog.usage(), new LocalLinks(catalog.iris().base()));
        builder.addServlet("/projects", new ViewServlet(context -> directory.projects(context.lang())));
        builder.addServlet("/publications", new ViewServlet(context -> directory.publications(context.lang())));
    }

    @Override
    public void addApi(ResourceConfig api) {
        RefusalClosesConnection.registerIn(api);
        api.register(ProjectsResource.class);
        api.register(PublicationsResource.class);
        api.register(ReuseResource.class);
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(access).to(UsageAccess.class);
            }
        });
    }
}
