package fr.hdh.catalog.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebSettings;
import fr.hdh.catalog.web.search.SearchWebModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of answer of the real server carries the Content-Security-Policy and
 * {@code X-Content-Type-Options: nosniff}: each HTML page (list, dataset, other resource, search, refused
 * search, quality, the SPARQL query editor), the error answers (unknown resource, unknown path, wrong
 * method) and the JSON, RDF and CSS ones.
 */
class SecurityHeadersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final String RECORDS = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <http://test.example/dataset/d#record> a dcat:CatalogRecord ; foaf:primaryTopic <http://test.example/dataset/d> ;
                dct:modified "2026-01-05T10:00:00Z"^^xsd:dateTime .
            <http://test.example/dataset/d> a dcat:Dataset ; dct:title "Séjours"@fr ;
                dct:publisher <http://test.example/producer/p> .
            <http://test.example/producer/p> a foaf:Organization ; foaf:name "Producteur" .
            """;

    @TempDir
    static Path dir;
    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup());
        Graph records = GraphFactory.createDefaultGraph();
        RDFParser.fromString(RECORDS, Lang.TURTLE).parse(records);
        org.apache.jena.sparql.core.DatasetGraph stored = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        stored.addGraph(org.apache.jena.graph.NodeFactory.createURI("http://test.example/dataset/d"), records);
        stored.addGraph(org.apache.jena.graph.NodeFactory.createURI("http://test.example/producer/p"), records);
        catalog.records().restore(stored, fr.hdh.catalog.core.Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog), new DcatWebModule(catalog),
                        new HarvestWebModule(catalog, HarvestWebSettings.of(dir, null))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    static Stream<Arguments> htmlPages() {
        return Stream.of(
                Arguments.of("/catalog", 200),
                Arguments.of("/dataset/d", 200),
                Arguments.of("/producer/p", 200),
                Arguments.of("/search?q=s%C3%A9jours", 200),
                Arguments.of("/search?size=lots", 400),
                Arguments.of("/quality", 200),
                Arguments.of("/sparql", 200));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("htmlPages")
    void everyHtmlPage_GET_carriesTheContentSecurityPolicyAndNosniff(String path, int status) throws Exception {
        HttpResponse<String> r = send("GET", path, HTML);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        assertSecurityHeaders(r);
    }

    static Stream<Arguments> otherAnswers() {
        return Stream.of(
                Arguments.of("GET", "/dataset/unknown", HTML, 404),
                Arguments.of("GET", "/no/such/path", HTML, 404),
                Arguments.of("POST", "/catalog", HTML, 405),
                Arguments.of("GET", "/catalog?page=0", HTML, 400),
                Arguments.of("GET", "/api/stats", "application/json", 200),
                Arguments.of("GET", "/api/no-such-resource", "application/json", 404),
                Arguments.of("GET", "/dataset/d", "text/turtle", 200),
                Arguments.of("GET", "/sparql?query=ASK%7B%7D", "application/sparql-results+json", 200),
                Arguments.of("GET", "/sparql", "text/turtle", 200),
                Arguments.of("GET", "/static/hdh.css", "text/css", 200),
                Arguments.of("GET", "/health", "application/json", 200));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("otherAnswers")
    void everyOtherAnswer_carriesThemToo(String method, String path, String accept, int status) throws Exception {
        HttpResponse<String> r = send(method, path, accept);
        assertEquals(status, r.statusCode(), r.body());
        assertSecurityHeaders(r);
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        assertEquals(List.of(SecurityHeaders.CONTENT_SECURITY_POLICY), r.headers().allValues("Content-Security-Policy"),
                r.uri().toString());
        assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), r.uri().toString());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), csp);
    }

    private static HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
