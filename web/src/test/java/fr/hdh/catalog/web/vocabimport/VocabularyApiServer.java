package fr.hdh.catalog.web.vocabimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.ServedCatalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.WebModule;
import fr.hdh.catalog.web.write.WriteWebModule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    final Catalog catalog;
    private final ServedCatalog served;

    private VocabularyApiServer(ServedCatalog served) {
        this.served = served;
        this.catalog = served.catalog();
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
        WebModule reading = new WebModule() {
            @Override
            public void addApi(ResourceConfig api) {
                api.register(ReadingStandIn.class);
            }
        };
        return new VocabularyApiServer(ServedCatalog.start(Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE),
                c -> List.of(new SearchWebModule(c), new WriteWebModule(c, Optional.of(ADMIN), 10_000),
                        reading, new VocabularyImportWebModule(c, Optional.of(ADMIN)))));
    }

    @Override
    public void close() {
        served.close();
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
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return served.send(method, path, headers, body);
    }

    HttpResponse<String> post(String query, String token, String contentType, byte[] body) {
        return send("POST", "/api/vocabularies" + query, token, contentType, body);
    }

    static JsonNode json(HttpResponse<String> r) {
        return ServedCatalog.json(r);
    }

    static byte[] resource(String name) {
        return ServedCatalog.resource("/vocabimport/" + name);
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
