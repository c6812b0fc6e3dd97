package fr.hdh.catalog.web.vocabimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.server.WebModule;
import fr.hdh.catalog.web.write.WriteWebModule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server the vocabulary load tests run against: an empty in-memory catalogue under {@value #BASE}, served
 * on port 0 with the users API, search, the vocabulary load API and, standing in for the reading API another
 * package owns, a {@code GET /api/vocabularies} at the same path (to show Jersey merges the two); the admin
 * token {@link #ADMIN}; a checksum of the public store, so a refused call can be shown to have changed nothing.
 */
final class VocabularyApiServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-vocabulary-tests";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Catalog catalog;
    private final CatalogServer server;

    private VocabularyApiServer(Catalog catalog, CatalogServer server) {
        this.catalog = catalog;
        this.server = server;
    }

    /** A reading resource at the same path, as {@code web.vocabulary} declares one. */
    @Path("vocabularies")
    public static final class ReadingStandIn {
        @GET
        @Produces("text/plain")
        public String list() {
            return "the reading API";
        }
    }

    static VocabularyApiServer start() {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        WebModule reading = new WebModule() {
            @Override
            public void addApi(ResourceConfig api) {
                api.register(ReadingStandIn.class);
            }
        };
        CatalogServer server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog), new WriteWebModule(catalog, Optional.of(ADMIN), 10_000),
                        reading, new VocabularyImportWebModule(catalog, Optional.of(ADMIN))));
        return new VocabularyApiServer(catalog, server);
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
                ("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}").getBytes(StandardCharsets.UTF_8));
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
        return json(r).get("token").asText();
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
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

    HttpResponse<String> post(String query, String token, String contentType, byte[] body) {
        return send("POST", "/api/vocabularies" + query, token, contentType, body);
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = VocabularyApiServer.class.getResourceAsStream("/vocabimport/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the stored graph {@code name}, empty when there is none. */
    Graph graph(String name) {
        return catalog.store().read(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            Node n = NodeFactory.createURI(name);
            catalog.store().datasetGraph().find(n, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** A digest of every quad of the public store, sorted. */
    String publicChecksum() {
        return StoreDigest.of(catalog.store());
    }
}
