package fr.hdh.catalog.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.net.LoopbackListener;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract on the server as {@code hdh serve} starts it (no partner configured): a {@code SERVICE}
 * naming a loopback listener — literal, {@code SILENT}, or bound to a variable — is a 4xx, and the
 * listener sees no connection. Both request shapes of the SPARQL protocol are tried (GET, POST form).
 */
class SparqlService_GET_Test {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Catalog catalog;
    private static CatalogServer server;
    private static LoopbackListener listener;

    @BeforeAll
    static void start() throws Exception {
        catalog = Catalog.open(CatalogConfig.inMemory("http://localhost:8080/"), ReferenceLookup.NONE);
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                new Readiness(), List.of());
        listener = new LoopbackListener();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        catalog.close();
        listener.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <%s> { ?s ?p ?o } }",
            "SELECT * WHERE { BIND(<%s> AS ?e) SERVICE ?e { ?s ?p ?o } }",
            "SELECT * WHERE { BIND(<%s> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }"})
    void aServiceNamingALoopbackListenerIs4xxAndTheListenerSeesNoConnection(String template) throws Exception {
        String endpoint = "http://127.0.0.1:" + listener.port() + "/sparql";
        String query = template.formatted(endpoint);
        String base = "http://localhost:" + server.port() + "/sparql";
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(base + "?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : List.of(get, post)) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE <" + endpoint + "> is refused"), r.body());
        }
        assertEquals(0, listener.connections());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
