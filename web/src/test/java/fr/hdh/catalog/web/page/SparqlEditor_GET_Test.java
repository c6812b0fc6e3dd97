package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /sparql} in a browser: the query editor as a page like the others (template, language,
 * headers), its query escaped, and examples whose links run on the endpoint (search inside SPARQL included,
 * as the server plugs it in).
 */
class SparqlEditor_GET_Test {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Catalog catalog;
    static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void aBrowserGetsTheEditorInItsLanguageWithExamplesThatRun() throws Exception {
        HttpResponse<String> fr = get("/sparql", "fr");
        assertEquals(200, fr.statusCode());
        assertEquals(HtmlResponses.CONTENT_TYPE, fr.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(fr.body().contains("<html lang=\"fr\">") && fr.body().contains("<h1>Éditeur de requêtes SPARQL</h1>"), fr.body());
        assertTrue(fr.body().contains("<textarea id=\"query\" name=\"query\">PREFIX dcat: &lt;http://www.w3.org/ns/dcat#&gt;"),
                "the query is text, escaped: " + fr.body());
        assertTrue(get("/sparql", "en").body().contains("<h1>SPARQL query editor</h1>"));

        Matcher runs = Pattern.compile("<a href=\"(/sparql\\?format=json&amp;query=[^\"]+)\"").matcher(fr.body());
        int examples = 0;
        while (runs.find()) {
            HttpResponse<String> results = send(runs.group(1).replace("&amp;", "&"), "application/sparql-results+json", "fr");
            assertEquals(200, results.statusCode(), results.body());
            assertTrue(results.body().contains("\"bindings\""), results.body());
            examples++;
        }
        assertEquals(3, examples, "every example links to its results");
    }

    @Test
    void theLanguageSwitchOnTheEditorGivesTheEditorInThatLanguage() throws Exception {
        HttpResponse<String> en = get("/sparql?lang=en", "fr");
        assertEquals(200, en.statusCode(), en.body());
        assertEquals(HtmlResponses.CONTENT_TYPE, en.headers().firstValue("Content-Type").orElseThrow());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(en.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("SPARQL query editor", page.selectFirst("h1").text());
        assertEquals(200, send("/sparql?lang=en", "text/turtle", "fr").statusCode(), "a machine gets the description");
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        return send(path, BROWSER, language);
    }

    private static HttpResponse<String> send(String path, String accept, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
