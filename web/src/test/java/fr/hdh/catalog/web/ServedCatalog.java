package fr.hdh.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.server.WebModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A catalogue served for tests: the real server on a free port of {@code localhost}, with the web modules the tests
 * need, ready at once; requests to it and their answers as text; closing it stops the server, then closes the
 * catalogue. The test servers of the modules ({@code MappingApiServer}, {@code FormServer}…) are built on it.
 *
 * <pre>
 * ServedCatalog served = ServedCatalog.start(catalog, c -&gt; List.of(new SearchWebModule(c)));
 * HttpResponse&lt;String&gt; r = served.send("GET", "/api/search?q=x", Map.of("Accept", "application/json"), null);
 * </pre>
 */
public final class ServedCatalog implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final CatalogServer server;

    private ServedCatalog(Catalog catalog, CatalogServer server) {
        this.catalog = catalog;
        this.server = server;
    }

    /** Serves {@code catalog} with the modules {@code modules} makes for it; the catalogue is closed if the server cannot start. */
    public static ServedCatalog start(Catalog catalog, Function<Catalog, List<WebModule>> modules) {
        try {
            Readiness readiness = new Readiness();
            readiness.ready();
            CatalogServer server = CatalogServer.start(catalog,
                    new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)), readiness, modules.apply(catalog));
            return new ServedCatalog(catalog, server);
        } catch (RuntimeException | Error e) {
            catalog.close();
            throw e;
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /**
     * One request: {@code headers} as names and values, {@code body} none when null; the answer as text. A minute
     * at most.
     */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of an answer as JSON; a body that is not says so, with the status. */
    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** The bytes of the test resource at {@code path} on the class path. */
    public static byte[] resource(String path) {
        try (InputStream in = ServedCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text (UTF-8) of the test resource at {@code path}. */
    public static String resourceText(String path) {
        return new String(resource(path), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            catalog.close();
        }
    }
}
