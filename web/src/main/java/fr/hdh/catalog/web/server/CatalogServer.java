package fr.hdh.catalog.web.server;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.sparql.SparqlEndpoint;
import fr.hdh.catalog.sparql.SparqlSettings;
import fr.hdh.catalog.sparql.federation.PartnerEndpoints;
import fr.hdh.catalog.web.api.ApiApplication;
import fr.hdh.catalog.web.api.OpenApiServlet;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.QueryEditorPage;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
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
    private final HttpFetcher partnerDoor;

    private CatalogServer(FusekiServer fuseki, HttpFetcher partnerDoor) {
        this.fuseki = fuseki;
        this.partnerDoor = partnerDoor;
    }

    /**
     * Network settings of the server.
     *
     * @param port the HTTP port (0 picks a free one)
     * @param host the interface to listen on
     * @param queryTimeout public SPARQL queries running longer are stopped; also the deadline of a partner's answer
     * @param resultCap the most rows a public SPARQL query returns
     * @param outbound what the server's own requests may reach
     * @param maxBodyBytes the largest request body any endpoint reads (413 past it)
     */
    public record ServerSettings(int port, String host, Duration queryTimeout, long resultCap, Outbound outbound,
                                 long maxBodyBytes) {
        public ServerSettings {
            Objects.requireNonNull(outbound, "outbound");
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("The body limit must be at least one byte, not " + maxBodyBytes);
            }
        }

        /** Settings with the default result cap and body limit, and no outgoing request beyond public hosts. */
        public ServerSettings(int port, String host, Duration queryTimeout) {
            this(port, host, queryTimeout, SparqlSettings.DEFAULT_RESULT_CAP, Outbound.none(), RequestBodyLimit.DEFAULT_MAX_BYTES);
        }
    }

    /**
     * What the server's own requests may reach.
     *
     * @param sparqlPartners the endpoints a public query's {@code SERVICE} may call
     * @param allowedHosts loopback or private hosts that may be reached all the same (a partner on the
     *                     operator's own network)
     */
    public record Outbound(PartnerEndpoints sparqlPartners, Set<String> allowedHosts) {
        public Outbound {
            Objects.requireNonNull(sparqlPartners, "sparqlPartners");
            allowedHosts = Set.copyOf(allowedHosts);
        }

        /** No partner, no private host. */
        public static Outbound none() {
            return new Outbound(PartnerEndpoints.none(), Set.of());
        }
    }

    /** The largest answer a partner endpoint may send to one {@code SERVICE} call. */
    private static final long PARTNER_ANSWER_CAP = 16L * 1024 * 1024;

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
        builder.addFilter("/*", new RequestBodyLimit(settings.maxBodyBytes()));
        // SERVICE calls: no retry (the query's own timeout runs), the query timeout as the answer's deadline.
        HttpFetcher partnerDoor = new HttpFetcher(FetchPolicy.defaults().allowing(settings.outbound().allowedHosts())
                .withRetries(0, Duration.ZERO).withReadTimeout(settings.queryTimeout()).withMaxBytes(PARTNER_ANSWER_CAP));
        new SparqlEndpoint(catalog.store().datasetGraph(),
                new SparqlSettings(settings.queryTimeout(), settings.resultCap(), settings.outbound().sparqlPartners()),
                catalog.store()::version, partnerDoor).withEditor(new QueryEditorPage(new HtmlResponses())).addTo(builder);
        builder.addServlet("/health", new HealthServlet(readiness));
        builder.addServlet(OpenApiServlet.PATH, new OpenApiServlet());
        ApiApplication api = new ApiApplication(catalog);
        for (WebModule module : modules) {
            module.addServlets(builder);
            module.addApi(api);
        }
        builder.addServlet("/api/*", new LazyServlet(() -> new ServletContainer(api)));
        FusekiServer server = builder.build();
        server.start();
        return new CatalogServer(server, partnerDoor);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void stop() {
        fuseki.stop();
        partnerDoor.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }
}
