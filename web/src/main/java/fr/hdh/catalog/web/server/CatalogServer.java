package fr.hdh.catalog.web.server;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.sparql.SparqlEndpoint;
import fr.hdh.catalog.sparql.SparqlSettings;
import fr.hdh.catalog.web.api.ApiApplication;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The one Jetty process: Fuseki's read-only SPARQL endpoint at {@code /sparql}, the JSON API at
 * {@code /api/*}, and {@code /health}.
 *
 * <pre>
 * CatalogServer server = CatalogServer.start(catalog, new ServerSettings(8080, "0.0.0.0", Duration.ofSeconds(10)), readiness);
 * server.port();   // the port really bound (useful with port 0)
 * server.stop();
 * </pre>
 */
public final class CatalogServer {
    private final FusekiServer fuseki;

    private CatalogServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Network settings of the server. */
    public record ServerSettings(int port, String host, Duration queryTimeout, long resultCap) {
        /** Settings with the default result cap. */
        public ServerSettings(int port, String host, Duration queryTimeout) {
            this(port, host, queryTimeout, SparqlSettings.DEFAULT_RESULT_CAP);
        }
    }

    public static CatalogServer start(Catalog catalog, ServerSettings settings, Readiness readiness) {
        return start(catalog, settings, readiness, java.util.List.of());
    }

    /** Starts the server with the given parts of the web interface plugged in. */
    public static CatalogServer start(Catalog catalog, ServerSettings settings, Readiness readiness,
                                      java.util.List<WebModule> modules) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false);
        if (!"0.0.0.0".equals(settings.host())) {
            builder.loopback("localhost".equals(settings.host()) || "127.0.0.1".equals(settings.host()));
        }
        // First of all filters, so every answer carries the headers, /sparql's included.
        builder.addFilter("/*", new SecurityHeaders());
        // Before any endpoint reads a body (the SPARQL door reads forms).
        builder.addFilter("/*", new RequestBodyLimit(RequestBodyLimit.DEFAULT_MAX_BYTES));
        new SparqlEndpoint(catalog.store().datasetGraph(),
                new SparqlSettings(settings.queryTimeout(), settings.resultCap()), catalog.store()::version).addTo(builder);
        builder.addServlet("/health", new HealthServlet(readiness));
        ApiApplication api = new ApiApplication(catalog);
        for (WebModule module : modules) {
            module.addServlets(builder);
            module.addApi(api);
        }
        builder.addServlet("/api/*", new LazyServlet(() -> new ServletContainer(api)));
        FusekiServer server = builder.build();
        server.start();
        return new CatalogServer(server);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
