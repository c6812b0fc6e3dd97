package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebSettings;
import fr.hdh.catalog.web.indicators.IndicatorsWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.site.SiteWebModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML answer of the real server, page or error, is written the one way ({@link HtmlResponses}):
 * the same content type, {@code Vary}, {@code Cache-Control} and {@code Content-Language}, and an
 * {@code <html lang>} that says the same. The language follows {@code ?lang=} (kept in an HttpOnly,
 * SameSite=Lax cookie), then the cookie, then {@code Accept-Language}, then French.
 */
class HtmlPages_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String RECORDS = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <http://test.example/dataset/d#record> a dcat:CatalogRecord ; foaf:primaryTopic <http://test.example/dataset/d> ;
                dct:modified "2026-01-05T10:00:00Z"^^xsd:dateTime .
            <http://test.example/dataset/d> a dcat:Dataset ; dct:title "Séjours"@fr, "Stays"@en ;
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
        DatasetGraph stored = DatasetGraphFactory.create();
        stored.addGraph(NodeFactory.createURI("http://test.example/dataset/d"), records);
        stored.addGraph(NodeFactory.createURI("http://test.example/producer/p"), records);
        catalog.records().restore(stored, Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SiteWebModule(catalog), new SearchWebModule(catalog), new DcatWebModule(catalog),
                        new HarvestWebModule(catalog, HarvestWebSettings.of(dir, null)), new IndicatorsWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    static Stream<Arguments> htmlAnswers() {
        return Stream.of(
                Arguments.of("/", 200),
                Arguments.of("/search?q=s%C3%A9jours", 200),
                Arguments.of("/search?size=lots", 400),
                Arguments.of("/catalog", 200),
                Arguments.of("/catalog?page=0", 400),
                Arguments.of("/dataset/d", 200),
                Arguments.of("/dataset/d?format=nope", 400),
                Arguments.of("/producer/p", 200),
                Arguments.of("/quality", 200),
                Arguments.of("/indicators", 200),
                Arguments.of("/dataset/unknown", 404),
                Arguments.of("/no/such/path", 404),
                Arguments.of("/static/no-such-file.css", 404));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("htmlAnswers")
    void everyHtmlAnswer_GET_carriesTheSameHeaders(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, null, null);
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(List.of(HtmlResponses.CONTENT_TYPE), r.headers().allValues("Content-Type").stream()
                .map(v -> v.replace(" ", "").toLowerCase()).toList(), path);
        assertEquals(List.of(HtmlResponses.VARY), r.headers().allValues("Vary"), path);
        assertEquals(List.of(HtmlResponses.CACHE_CONTROL), r.headers().allValues("Cache-Control"), path);
        assertEquals(List.of("fr"), r.headers().allValues("Content-Language"), path);
        assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), r.body());
        assertTrue(r.body().contains("<header>") && r.body().contains("nav class=\"languages\""), "the shared layout: " + r.body());
    }

    @Test
    void acceptLanguage_choosesWhenNothingElseDoes() throws Exception {
        HttpResponse<String> r = get("/dataset/d", "en-GB,en;q=0.9", null);
        assertEquals(List.of("en"), r.headers().allValues("Content-Language"));
        assertTrue(r.body().contains("<html lang=\"en\">") && r.body().contains("<h1>Stays</h1>"), r.body());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "nothing chosen, nothing kept");
        assertTrue(get("/dataset/d", "de-DE,de", null).body().contains("<h1>Séjours</h1>"), "French when no language fits");
    }

    @Test
    void langParameter_choosesAndIsKeptInACookie() throws Exception {
        HttpResponse<String> r = get("/search?q=x&lang=en", "fr-FR", null);
        assertTrue(r.body().contains("<html lang=\"en\">"), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(HtmlResponses.LANGUAGE_COOKIE + "=en"), cookie);
        for (String attribute : List.of("Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=")) {
            assertTrue(cookie.toLowerCase().contains(attribute.toLowerCase()), attribute + " in " + cookie);
        }
        assertTrue(r.body().contains("href=\"/search?q=x&amp;lang=fr\""), "the switch keeps the query: " + r.body());
    }

    @Test
    void cookie_winsOverAcceptLanguage() throws Exception {
        HttpResponse<String> r = get("/quality", "fr-FR,fr", HtmlResponses.LANGUAGE_COOKIE + "=en");
        assertTrue(r.body().contains("<html lang=\"en\">") && r.body().contains("<h1>Metadata quality</h1>"), r.body());
        HttpResponse<String> unknown = get("/quality", "en", HtmlResponses.LANGUAGE_COOKIE + "=xx");
        assertTrue(unknown.body().contains("<html lang=\"en\">"), "an unknown cookie value is ignored");
    }

    @Test
    void datasetPage_GET_answers304ToTheSameLanguageOnly() throws Exception {
        HttpResponse<String> french = get("/dataset/d", "fr", null);
        String etag = french.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/dataset/d")).header("Accept", BROWSER)
                .header("Accept-Language", "fr").header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals(List.of(HtmlResponses.VARY), again.headers().allValues("Vary"));
        HttpResponse<String> english = send(HttpRequest.newBuilder(uri("/dataset/d")).header("Accept", BROWSER)
                .header("Accept-Language", "en").header("If-None-Match", etag).build());
        assertEquals(200, english.statusCode(), "another language is another representation");
    }

    private static HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER);
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
