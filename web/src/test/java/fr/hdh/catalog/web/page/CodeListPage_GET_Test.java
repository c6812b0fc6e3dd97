package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CIM-10 code list's page on the demo content over HTTP: 200 codes to a page instead of 18,000 at once,
 * pages linked both ways, a filter on codes and labels (case and accents aside) that works without script,
 * hostile filter text escaped, each page and filter its own ETag.
 */
class CodeListPage_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LINE = Pattern.compile("<li><a href=\"[^\"]*\">([^<]+)</a>");

    @Test
    void theCim10PageShowsTwoHundredCodesAndSaysHowManyThereAre() throws Exception {
        HttpResponse<String> first = get("/vocabulary/snds/IR_CIM_V");
        assertEquals(200, first.statusCode());
        List<String> codes = codes(first.body());
        assertEquals(200, codes.size());
        assertEquals("A00", codes.get(0));
        assertTrue(first.body().length() < 200_000, "a page of codes, not the whole list: " + first.body().length() + " chars");
        Matcher total = Pattern.compile("<h2>([0-9\\p{Zs},.]+) éléments</h2>").matcher(first.body());
        assertTrue(total.find(), "the heading counts every code");
        assertTrue(Long.parseLong(total.group(1).replaceAll("[^0-9]", "")) > 18_000);
        assertTrue(first.body().contains("rel=\"next\" href=\"/vocabulary/snds/IR_CIM_V?page=2\""), "a link to the next page");
        assertFalse(first.body().contains("rel=\"prev\""));

        HttpResponse<String> second = get("/vocabulary/snds/IR_CIM_V?page=2");
        List<String> next = codes(second.body());
        assertEquals(200, next.size());
        assertTrue(next.get(0).compareTo(codes.get(199)) > 0, "page 2 goes on where page 1 stops");
        assertTrue(second.body().contains("201 à 400 sur"));
        assertTrue(second.body().contains("rel=\"prev\" href=\"/vocabulary/snds/IR_CIM_V?page=1\""));
        assertNotEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));

        HttpResponse<String> beyond = get("/vocabulary/snds/IR_CIM_V?page=999999");
        assertEquals(200, beyond.statusCode());
        assertFalse(codes(beyond.body()).isEmpty(), "a page beyond the last shows the last");
        assertFalse(beyond.body().contains("rel=\"next\""));
    }

    @Test
    void theFilterKeepsTheCodesWhoseCodeOrLabelHoldsTheText() throws Exception {
        String body = get("/vocabulary/snds/IR_CIM_V?q=" + URLEncoder.encode("INFARCTUS aigu", StandardCharsets.UTF_8)).body();
        List<String> codes = codes(body);
        assertTrue(codes.contains("I21"), codes.toString());
        assertTrue(codes.size() < 200, "only the matching codes: " + codes);
        assertTrue(body.contains("value=\"INFARCTUS aigu\""), "the form keeps the text");
        assertTrue(codes(get("/vocabulary/snds/IR_CIM_V?q=i21").body()).contains("I210"), "codes match too, case aside");

        String hostile = get("/vocabulary/snds/IR_CIM_V?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)).body();
        assertTrue(codes(hostile).isEmpty());
        assertFalse(hostile.contains("<script>alert(1)"), "the filter text is escaped");
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    private static List<String> codes(String html) {
        int list = html.indexOf("<ul class=\"members\">");
        if (list < 0) {
            return List.of();
        }
        String members = html.substring(list, html.indexOf("</ul>", list));
        return LINE.matcher(members).results().map(m -> m.group(1)).toList();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DemoSite.get().url(path))).header("Accept", "text/html")
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
