package fr.hdh.catalog.web.search;

import static fr.hdh.catalog.web.search.FixtureCatalogue.DGN_PAL;
import static fr.hdh.catalog.web.search.FixtureCatalogue.PMSI;
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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/search}, {@code /api/suggest} and the search page's refusals over HTTP, on the real server (port 0) and a
 * small catalogue.
 */
class SearchApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(FixtureCatalogue.BASE), ReferenceLookup.NONE);
        FixtureCatalogue.loadInto(catalog);
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                new Readiness(), List.of(new SearchWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void search_GET_findsAVariableByItsCodeWithWhereItSits() throws Exception {
        JsonNode body = ok("/api/search?q=dgn_pal");
        JsonNode first = body.get("hits").get(0);
        assertEquals(DGN_PAL, first.get("iri").asText());
        assertEquals("variable", first.get("kind").asText());
        assertEquals("Diagnostic principal", first.get("label").asText());
        assertEquals(PMSI, first.get("dataset").get("iri").asText());
        assertEquals("T_MCOaaB", first.get("table").get("label").asText());
        assertTrue(body.get("total").asLong() >= 1);
    }

    @Test
    void search_GET_countsFacetsAndFiltersByThem() throws Exception {
        JsonNode all = ok("/api/search?q=");
        assertEquals(2, count(all, "kind", "dataset"));
        assertEquals(3, count(all, "kind", "variable"));
        assertTrue(all.get("facets").has("producer"));
        assertTrue(all.get("facets").has("accessRights"));

        JsonNode variables = ok("/api/search?q=&kind=variable&dataType=integer");
        assertEquals(1, variables.get("total").asLong());
        JsonNode either = ok("/api/search?kind=dataset&accessRights=" + enc("http://publications.europa.eu/resource/authority/access-right/RESTRICTED")
                + "&accessRights=" + enc("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC"));
        assertEquals(2, either.get("total").asLong());
    }

    @Test
    void search_GET_givesSnippetsAsTextWithTheMatchedPartsMarked() throws Exception {
        JsonNode hit = ok("/api/search?kind=dataset&q=" + enc("séjours publics")).get("hits").get(0);
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("<b>") && !snippet.contains("&lt;") && !snippet.contains("<mark>"),
                "plain text, for the client to show as text: " + snippet);
        StringBuilder joined = new StringBuilder();
        boolean matched = false;
        for (JsonNode part : hit.get("snippetParts")) {
            joined.append(part.get("text").asText());
            matched |= part.get("marked").asBoolean() && part.get("text").asText().equalsIgnoreCase("séjours");
        }
        assertEquals(snippet, joined.toString(), "the parts make the snippet");
        assertTrue(matched, "the matched word is a marked part: " + hit);
    }

    @Test
    void search_GET_pagesAndSortsByTitle() throws Exception {
        JsonNode page = ok("/api/search?kind=variable&sort=title&page=2&size=2");
        assertEquals(3, page.get("total").asLong());
        assertEquals(1, page.get("hits").size());
        assertEquals("Durée totale du séjour", page.get("hits").get(0).get("label").asText());
        assertEquals(2, page.get("page").asInt());
    }

    @Test
    void search_GET_answersQuerySyntaxAndJunkWithResultsOrA400NeverA500() throws Exception {
        List<String> refused = new ArrayList<>();
        for (String q : List.of("\"", "*", "((", "AND", "title:diagnostic", "diagnostic~2 OR x", "x".repeat(600),
                "<script>alert(1)</script>", "\\", "%")) {
            HttpResponse<String> r = get("/api/search?q=" + enc(q));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " → " + r.statusCode() + " " + r.body());
            if (r.statusCode() == 400) {
                refused.add(q);
                assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
                assertFalse(JSON.readTree(r.body()).get("detail").asText().isBlank());
            }
        }
        assertTrue(refused.contains("\"") && refused.contains("x".repeat(600)), refused.toString());
        HttpResponse<String> huge = get("/api/search?q=" + "y".repeat(10_000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "10 kB query: " + huge.statusCode());
    }

    /** Lucene syntax is plain words over HTTP too: the answer is the one the same words get without the syntax. */
    @Test
    void search_GET_readsQuerySyntaxAsTheSameWordsWithoutIt() throws Exception {
        JsonNode withSyntax = ok("/api/search?q=" + enc("title:diagnostic AND (séjour OR naissance) NOT principal*"));
        JsonNode words = ok("/api/search?q=" + enc("title diagnostic and séjour or naissance not principal"));
        assertEquals(words, withSyntax);
        assertEquals(DGN_PAL, withSyntax.get("hits").get(0).get("iri").asText(), "NOT principal excluded nothing: " + withSyntax);
        assertTrue(withSyntax.get("total").asLong() > 1, "AND required nothing: " + withSyntax);
    }

    @Test
    void searchPage_GET_refusesAPastedEssayWithA400PageSayingWhy() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("diagnostic ".repeat(1000)));
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("at most 500 are accepted"), r.body());
    }

    @Test
    void search_GET_refusesBadParametersNamingThem() throws Exception {
        for (String[] bad : new String[][] {{"page=abc", "page"}, {"size=1000", "size"}, {"page=0", "page"},
                {"sort=random", "sort"}, {"kind=spaceship", "kind"}}) {
            HttpResponse<String> r = get("/api/search?q=x&" + bad[0]);
            assertEquals(400, r.statusCode(), bad[0]);
            assertTrue(JSON.readTree(r.body()).get("detail").asText().contains(bad[1]), r.body());
        }
    }

    @Test
    void suggest_GET_completesWhatIsTyped() throws Exception {
        JsonNode body = ok("/api/suggest?q=diagn");
        JsonNode first = body.get("suggestions").get(0);
        assertEquals("Diagnostic principal", first.get("text").asText());
        assertEquals(DGN_PAL, first.get("iri").asText());
        assertEquals("variable", first.get("kind").asText());
        assertEquals(0, ok("/api/suggest?q=d").get("suggestions").size());
        assertEquals(400, get("/api/suggest?q=" + "z".repeat(600)).statusCode());
    }

    @Test
    void sparql_GET_joinsSearchHitsWithGraphPatterns() throws Exception {
        String query = "PREFIX hdh: <https://w3id.org/hdh-catalog/ns#> PREFIX csvw: <http://www.w3.org/ns/csvw#> "
                + "SELECT ?name WHERE { ?hit hdh:search (\"diagnostic principal\" 5 \"variable\") . ?hit csvw:name ?name }";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query=" + enc(query)))
                .header("Accept", "text/csv").GET().build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("name", r.body().lines().findFirst().orElse(""));
        assertEquals("DGN_PAL", r.body().lines().skip(1).findFirst().orElse(""));
    }

    private static long count(JsonNode body, String facet, String value) {
        for (JsonNode v : body.get("facets").get(facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
