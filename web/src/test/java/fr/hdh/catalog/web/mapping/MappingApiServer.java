package fr.hdh.catalog.web.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.write.WriteWebModule;
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
import java.util.Optional;

/**
 * The server the mapping write tests run against: an empty in-memory catalogue under {@value #BASE},
 * served on port 0 with the users API, search and the mappings API, the admin token {@link #ADMIN}; and a
 * checksum of the public store, so a refused call can be shown to have changed nothing.
 */
final class MappingApiServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-mapping-tests";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Catalog catalog;
    private final CatalogServer server;

    private MappingApiServer(Catalog catalog, CatalogServer server) {
        this.catalog = catalog;
        this.server = server;
    }

    static MappingApiServer start() {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        CatalogServer server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog), new WriteWebModule(catalog, Optional.of(ADMIN), 10_000),
                        new MappingWebModule(catalog, Optional.of(ADMIN))));
        return new MappingApiServer(catalog, server);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            catalog.close();
        }
    }

    /** A user made by the admin; answers its token. */
    String user(String name, String role) {
        HttpResponse<String> r = send("POST", "/api/users", ADMIN, "application/json",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}", null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
        return json(r).get("token").asText();
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    static String resource(String path) {
        try (InputStream in = MappingApiServer.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digest of every quad of the public store, sorted. */
    String publicChecksum() {
        return StoreDigest.of(catalog.store());
    }
}
