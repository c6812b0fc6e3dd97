package fr.hdh.catalog.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server skeleton over HTTP: health, read-only SPARQL over the union of record graphs, the JSON API. */
class CatalogServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Catalog catalog;
    private static CatalogServer server;
    private static Readiness readiness;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        for (String id : new String[] {"cnam", "atih"}) {
            Graph g = GraphFactory.createDefaultGraph();
            Node org = NodeFactory.createURI("http://test.example/producer/" + id);
            g.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
            g.add(org, FOAF.name.asNode(), NodeFactory.createLiteralString(id.toUpperCase()));
            catalog.records().put(new CatalogRecord(org.getURI(), RecordKind.PRODUCER, g, new RecordSource("urn:test", "test")));
        }
        readiness = new Readiness();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)), readiness);
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void health_GET_is503UntilReadyThen200() throws Exception {
        readiness.loading();
        HttpResponse<String> loading = get("/health", "application/json");
        assertEquals(503, loading.statusCode());
        assertTrue(loading.body().contains("\"LOADING\""), loading.body());

        readiness.ready();
        HttpResponse<String> ready = get("/health", "application/json");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void sparql_GET_seesTheUnionOfRecordGraphsAsDefaultGraph() throws Exception {
        String query = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(?o) AS ?n) WHERE { ?o a foaf:Organization }";
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().replace(" ", "").contains("\"value\":\"2\""), r.body());
    }

    @Test
    void sparql_GET_answersCsvWhenAsked() throws Exception {
        String query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("g"), r.body());
        assertTrue(r.body().contains("http://test.example/producer/atih"), r.body());
    }

    @Test
    void sparql_POST_updateIsRefusedAndChangesNothing() throws Exception {
        long before = catalog.stats().triples();
        HttpRequest post = HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"))
                .build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, catalog.stats().triples());
    }

    @Test
    void stats_GET_countsClasses() throws Exception {
        HttpResponse<String> r = get("/api/stats", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"foaf:Organization\":2"), r.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
