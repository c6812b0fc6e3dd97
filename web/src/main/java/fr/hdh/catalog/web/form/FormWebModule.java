package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.account.BadTokenThrottle;
import fr.hdh.catalog.web.server.WebModule;
import java.time.Clock;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The producers' web forms: the session filter on every request (so every page knows whether its reader is
 * signed in), {@code /sign-in} (refused tokens throttled per client as the API's are), {@code /sign-out}, {@code /my/datasets/*} and {@code /curation}. Users are
 * recognised as the write API recognises them ({@link Authenticator}, the same admin token).
 */
public final class FormWebModule implements WebModule {
    private final Catalog catalog;
    private final Authenticator authenticator;
    private final Sessions sessions;

    public FormWebModule(Catalog catalog, Optional<String> adminToken) {
        this.catalog = catalog;
        this.authenticator = new Authenticator(adminToken, catalog.accounts());
        this.sessions = new Sessions(Clock.systemUTC());
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        FormPages pages = new FormPages();
        Drafts drafts = new Drafts(catalog);
        builder.addFilter("/*", new SessionFilter(sessions, authenticator));
        builder.addFilter("/sign-in", BadTokenThrottle.onSignInForm(Clock.systemUTC()));
        builder.addServlet("/sign-in", new SignInServlet(sessions, authenticator, pages));
        builder.addServlet("/sign-out", new SignOutServlet(sessions, pages));
        builder.addServlet("/my/datasets/*", new MyDatasetsServlet(drafts, pages));
        builder.addServlet("/curation", new CurationServlet(drafts, pages));
    }
}
