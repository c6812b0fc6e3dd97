package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.CatalogOpener;
import fr.hdh.catalog.web.sys.RunningServer;
import fr.hdh.catalog.web.sys.WebModules;
import fr.hdh.catalog.sparql.federation.PartnerEndpoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hdh serve}: starts the server at once ({@code /health} answers 503 while loading), loads the
 * demo content when asked (once per store: a second start loads nothing), then reports ready.
 */
@Command(name = "serve", description = "Start the catalogue server (SPARQL at /sparql, health at /health).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; localhost keeps it private).")
    String host;

    @Option(names = "--demo", description = "Load the bundled demo content (real SNDS, HDH catalogue, OMOP) if not loaded yet.")
    boolean demo;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop SPARQL queries running longer than this (default: ${DEFAULT-VALUE} s).")
    int queryTimeoutSeconds;

    @Option(names = "--result-cap", defaultValue = "10000", paramLabel = "ROWS",
            description = "Most rows a public SPARQL query returns (default: ${DEFAULT-VALUE}).")
    int resultCap;

    @Option(names = "--sparql-service", paramLabel = "URL",
            description = "A partner SPARQL endpoint that public queries may call with SERVICE (repeatable). "
                    + "Without one, every SERVICE clause is refused.")
    List<String> sparqlServices = new ArrayList<>();

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "A loopback or private host a partner SPARQL endpoint may be on (repeatable), "
                    + "e.g. a partner on the operator's network.")
    Set<String> allowedHosts = new HashSet<>();

    @Option(names = "--max-body", defaultValue = "10485760", paramLabel = "BYTES",
            description = "Largest request body any endpoint reads (default: ${DEFAULT-VALUE}, 10 MiB); 413 past it.")
    long maxBodyBytes;

    @Option(names = "--harvest-files", paramLabel = "DIR",
            description = "A folder whose files and folders the admin API may add as harvest sources (default: none, URLs only).")
    Path harvestFiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CatalogServer.Outbound outbound = new CatalogServer.Outbound(partners(), allowedHosts);
        Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), port == 0 ? 8080 : port,
                Catalog.SearchCheck.DEFERRED);
        Readiness readiness = new Readiness();
        readiness.loading();
        // While Jetty starts: the index is checked against the store (and repaired), then the demo content
        // loaded if it is not there yet. /health answers 503 until both are done.
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> prepare(catalog, readiness, out));
        CatalogServer server = CatalogServer.start(catalog,
                new CatalogServer.ServerSettings(port, host, Duration.ofSeconds(queryTimeoutSeconds), resultCap, outbound, maxBodyBytes),
                readiness, WebModules.all(catalog, Optional.ofNullable(harvestFiles)));
        RunningServer.announce(store.dataDir, java.net.URI.create("http://localhost:" + server.port() + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            RunningServer.withdraw(store.dataDir);
            server.stop();
            catalog.close();
        }, "hdh-shutdown"));
        out.println("HDH catalogue on http://localhost:" + server.port() + "/  (SPARQL: /sparql, health: /health, store: "
                + store.dataDir.toAbsolutePath() + ", base IRI: " + catalog.iris().base() + ")");
        out.flush();
        try {
            prepared.join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            readiness.failed(cause.getMessage());
            throw e;
        }
        readiness.ready();
        out.println("ready");
        out.flush();
        server.join();
        return 0;
    }

    private PartnerEndpoints partners() {
        try {
            return PartnerEndpoints.of(sparqlServices);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--sparql-service: " + e.getMessage());
        }
    }

    private void prepare(Catalog catalog, Readiness readiness, PrintWriter out) {
        catalog.search().synchronize(readiness);
        if (demo) {
            DemoContent.LoadResult result = DemoContent.bundled().loadInto(catalog,
                    new TeeProgress(readiness, new ConsoleProgress(spec.commandLine().getErr())));
            out.println("demo content: " + result);
            out.flush();
        }
    }
}
