package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tabs of the search page on the demo content over HTTP: "All" and one tab per kind, each with the
 * number of hits that {@code /api/search} gives for the same search with that kind, each a link that
 * keeps the words and the other filters, the current one marked; and the facets in the reader's language.
 */
class SearchTabs_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void eachTabCountsWhatTheApiFindsForThatKind() throws Exception {
        Document page = Jsoup.parse(get("/search?q=diagnostic").body());
        List<Element> tabs = page.select("nav.tabs li");
        assertEquals(List.of("", "dataset", "table", "variable", "concept", "project", "publication"),
                tabs.stream().map(t -> t.attr("data-kind")).toList().subList(0, 7), "All, then the main kinds in order");
        assertEquals("page", tabs.get(0).selectFirst("a").attr("aria-current"), "All is the current tab");
        long all = total("/api/search?q=diagnostic");
        assertEquals(all, count(tabs.get(0)));
        long sum = 0;
        for (Element tab : tabs.subList(1, tabs.size())) {
            String kind = tab.attr("data-kind");
            assertEquals("/search?q=diagnostic&kind=" + kind, tab.selectFirst("a").attr("href"));
            assertEquals(total("/api/search?q=diagnostic&kind=" + kind), count(tab), kind);
            sum += count(tab);
        }
        assertEquals(all, sum, "every hit is of one kind");
        assertTrue(count(tabs.get(3)) > 0, "variables about diagnoses");
    }

    @Test
    void aTabKeepsTheOtherFiltersAndIsMarkedWhenChosen() throws Exception {
        String producer = site.catalog().iris().producer("atih");
        String filter = "producer=" + java.net.URLEncoder.encode(producer, java.nio.charset.StandardCharsets.UTF_8);
        Document page = Jsoup.parse(get("/search?q=diagnostic&kind=variable&" + filter).body());
        Element variables = page.selectFirst("nav.tabs li[data-kind=variable] a");
        assertEquals("page", variables.attr("aria-current"));
        assertTrue(page.select("nav.tabs a[aria-current]").size() == 1, "one current tab");
        assertEquals("/search?q=diagnostic&" + filter, page.selectFirst("nav.tabs li[data-kind=''] a").attr("href"));
        assertEquals("/search?q=diagnostic&kind=table&" + filter, page.selectFirst("nav.tabs li[data-kind=table] a").attr("href"));
        assertEquals(total("/api/search?q=diagnostic&kind=table&" + filter), count(page.selectFirst("nav.tabs li[data-kind=table]")));
        assertNull(page.selectFirst("nav.tabs li[data-kind=''] a[aria-current]"));
    }

    @Test
    void facetValuesFromTheVocabulariesAreInTheReadersLanguage() throws Exception {
        Document fr = Jsoup.parse(get("/search?lang=fr").body());
        Document en = Jsoup.parse(get("/search?lang=en").body());
        assertEquals(List.of("Santé"), values(fr, "theme"));
        assertEquals(List.of("Health"), values(en, "theme"));
        assertTrue(values(fr, "accessRights").contains("restreint"), values(fr, "accessRights").toString());
        assertTrue(values(en, "accessRights").contains("restricted"), values(en, "accessRights").toString());
        assertTrue(values(fr, "accessRights").stream().noneMatch(v -> v.equalsIgnoreCase("restricted")), "no English on the French page");
        assertTrue(values(en, "kind").contains("Dataset") && values(fr, "kind").contains("Jeu de données"));
        assertEquals("Tout", fr.selectFirst("nav.tabs li[data-kind=''] a").ownText().trim());
        assertEquals("All", en.selectFirst("nav.tabs li[data-kind=''] a").ownText().trim());
    }

    private static List<String> values(Document page, String facet) {
        return page.select("section.facet[data-facet=" + facet + "] .value").eachText();
    }

    private static long count(Element tab) {
        return Long.parseLong(tab.selectFirst(".count").text().replaceAll("[^0-9]", ""));
    }

    private static long total(String path) throws Exception {
        JsonNode answer = JSON.readTree(get(path).body());
        return answer.get("total").asLong();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r;
    }
}
