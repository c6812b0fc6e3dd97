package fr.hdh.catalog.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.WebModules;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every answer of the JSON API is JSON, its failures included: a client never has to parse an HTML error page. */
class ApiFailures_Test {
    static Catalog catalog;
    static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                new Readiness(), WebModules.all(catalog));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownApiPathIsAProblemNamingWhereTheEndpointsAreListed() throws Exception {
        HttpResponse<String> r = send("GET", "/api/no-such-endpoint");

        assertEquals(404, r.statusCode());
        assertEquals(Problems.PROBLEM_JSON, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = new ObjectMapper().readTree(r.body());
        assertEquals(404, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("/openapi.json"), r.body());
    }

    @Test
    void aMethodAnEndpointDoesNotAnswerIsAProblemThatKeepsTheAllowHeader() throws Exception {
        HttpResponse<String> r = send("DELETE", "/api/search?q=x");

        assertEquals(405, r.statusCode());
        assertEquals(Problems.PROBLEM_JSON, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), r.headers().map().toString());
    }

    @Test
    void anUnforeseenFailureIsA500ProblemThatNamesNoInternals() {
        Response r = new UnexpectedExceptionMapper().toResponse(new IllegalStateException("secret path /var/lib/hdh/tdb2"));

        assertEquals(500, r.getStatus());
        assertEquals(Problems.PROBLEM_JSON, r.getMediaType().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) r.getEntity();
        assertFalse(problem.get("detail").toString().contains("secret"), problem.toString());
    }
}
