package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real demo content (~25 s to load) in a TDB2 store on disk, served by the real server with the
 * DCAT module on port 0 under the base IRI {@value #BASE} — not the address it answers on, as in
 * production behind a proxy. Loaded once per test JVM and shared by the DCAT test classes. Set
 * {@code -Dhdh.test.demoStore=DIR} to keep the loaded store between runs (a store already holding
 * this demo content loads nothing).
 */
final class DemoServer {
    static final String BASE = "http://test.example/";
    private static DemoServer shared;

    final Path dataDir;
    final Catalog catalog;
    final CatalogServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoServer(Path dataDir) {
        this.dataDir = dataDir;
        this.catalog = Catalog.open(CatalogConfig.onDisk(dataDir, BASE), EuVocabularies.bundled().lookup());
        DemoContent.bundled().loadInto(catalog, Progress.NONE);
        this.server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(10)),
                ready(), List.of(new DcatWebModule(catalog)));
    }

    static synchronized DemoServer get() {
        if (shared == null) {
            try {
                String kept = System.getProperty("hdh.test.demoStore");
                shared = new DemoServer(kept != null ? Path.of(kept) : Files.createTempDirectory("hdh-dcat-demo"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.server.stop();
                shared.catalog.close();
            }));
        }
        return shared;
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    /** The path and query of an IRI minted under {@link #BASE}, to ask this server for it. */
    static String local(String iri) {
        if (!iri.startsWith(BASE)) {
            throw new IllegalArgumentException("not under the base IRI: " + iri);
        }
        return "/" + iri.substring(BASE.length());
    }

    private static Readiness ready() {
        Readiness readiness = new Readiness();
        readiness.ready();
        return readiness;
    }
}
