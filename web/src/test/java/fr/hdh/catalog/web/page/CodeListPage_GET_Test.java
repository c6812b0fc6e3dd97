package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The CIM-10 code list's page on the demo content over HTTP: 200 codes to a page instead of 18,000 at once,
 * pages linked both ways, a filter on codes and labels (case and accents aside) that works without script,
 * hostile filter text shown as text, each page and filter its own ETag.
 */
class CodeListPage_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theCim10PageShowsTwoHundredCodesAndSaysHowManyThereAre() throws Exception {
        HttpResponse<String> first = get("/vocabulary/snds/IR_CIM_V");
        assertEquals(200, first.statusCode());
        Document page = Jsoup.parse(first.body());
        List<String> codes = codes(page);
        assertEquals(200, codes.size());
        assertEquals("A00", codes.get(0));
        assertTrue(first.body().length() < 200_000, "a page of codes, not the whole list: " + first.body().length() + " chars");
        String heading = page.selectFirst("main h2").text();
        assertTrue(heading.endsWith(" éléments") && Long.parseLong(heading.replaceAll("[^0-9]", "")) > 18_000,
                "the heading counts every code: " + heading);
        assertEquals("/vocabulary/snds/IR_CIM_V?page=2", page.selectFirst("nav.pages a[rel=next]").attr("href"));
        assertNull(page.selectFirst("nav.pages a[rel=prev]"));

        HttpResponse<String> second = get("/vocabulary/snds/IR_CIM_V?page=2");
        Document secondPage = Jsoup.parse(second.body());
        List<String> next = codes(secondPage);
        assertEquals(200, next.size());
        assertTrue(next.get(0).compareTo(codes.get(199)) > 0, "page 2 goes on where page 1 stops");
        assertTrue(secondPage.selectFirst("p.summary").text().startsWith("201 à 400 sur"), secondPage.selectFirst("p.summary").text());
        assertEquals("/vocabulary/snds/IR_CIM_V?page=1", secondPage.selectFirst("nav.pages a[rel=prev]").attr("href"));
        assertNotEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));

        HttpResponse<String> beyond = get("/vocabulary/snds/IR_CIM_V?page=999999");
        assertEquals(200, beyond.statusCode());
        Document last = Jsoup.parse(beyond.body());
        assertTrue(!codes(last).isEmpty(), "a page beyond the last shows the last");
        assertNull(last.selectFirst("nav.pages a[rel=next]"));
    }

    @Test
    void theFilterKeepsTheCodesWhoseCodeOrLabelHoldsTheText() throws Exception {
        Document filtered = Jsoup.parse(get("/vocabulary/snds/IR_CIM_V?q=" + URLEncoder.encode("INFARCTUS aigu", StandardCharsets.UTF_8)).body());
        List<String> codes = codes(filtered);
        assertTrue(codes.contains("I21"), codes.toString());
        assertTrue(codes.size() < 200, "only the matching codes: " + codes);
        assertEquals("INFARCTUS aigu", filtered.selectFirst("#member-filter").val(), "the form keeps the text");
        assertTrue(codes(Jsoup.parse(get("/vocabulary/snds/IR_CIM_V?q=i21").body())).contains("I210"), "codes match too, case aside");

        String hostile = "<script>alert(1)</script>";
        Document refused = Jsoup.parse(get("/vocabulary/snds/IR_CIM_V?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)).body());
        assertTrue(codes(refused).isEmpty());
        assertTrue(refused.select("main script").isEmpty(), "the filter text made no element");
        assertEquals(hostile, refused.selectFirst("#member-filter").val());
        assertTrue(refused.selectFirst("main p.summary").text().contains(hostile), "the text is shown as it was typed");
    }

    /** The codes listed on the page, in order. */
    private static List<String> codes(Document page) {
        return page.select("ul.members > li > a").eachText();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DemoSite.get().url(path))).header("Accept", "text/html")
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
