package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The pages work under their Content-Security-Policy in a real Chromium: on the demo catalogue's main
 * pages the browser refuses nothing (no inline script or style, nothing from elsewhere), and the bars
 * still have their lengths. Each page is also checked to be under the policy: an inline style set
 * afterwards is refused, and the console says so, which proves the console would have told.
 */
class ContentSecurityPolicyBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void mainPages_GET_causeNoContentSecurityPolicyViolation() {
        String dataset = site.catalog().iris().dataset("pmsi-mco");
        String producer = site.catalog().iris().producer("atih");
        List<String> pages = List.of("/catalog", "/catalog?page=1&pageSize=5", site.urlOf(dataset).substring(site.url("").length()),
                site.urlOf(producer).substring(site.url("").length()), "/search", "/search?q=diagnostic+principal",
                "/search?q=diagnostic&kind=variable&sort=title", "/search?size=lots", "/quality", "/indicators", "/statistics", "/sparql", "/", "/no/such/page",
                "/dataset/no-such-dataset", "/?lang=en");
        for (String page : pages) {
            chromium.driver().get(site.url(page));
            assertEquals(List.of(), violations(), page);
            assertUnderThePolicy(page);
        }
    }

    @Test
    void quality_GET_barsKeepTheirLengthsWithoutInlineStyles() {
        chromium.driver().get(site.url("/quality"));
        var bands = chromium.driver().findElements(By.cssSelector("ul.bands > li"));
        assertFalse(bands.isEmpty());
        long fullest = bands.stream().mapToLong(li -> Long.parseLong(li.findElement(By.className("count")).getText())).max().orElseThrow();
        for (var li : bands) {
            double expected = Long.parseLong(li.findElement(By.className("count")).getText()) / (double) fullest;
            double drawn = li.findElement(By.className("bar")).getSize().getWidth()
                    / (double) li.findElement(By.className("track")).getSize().getWidth();
            // 2 px minimum width for an empty band, a percent of rounding otherwise
            assertEquals(expected, drawn, 0.02, li.getText());
        }
        assertEquals(0L, chromium.driver().executeScript("return document.querySelectorAll('[style]').length"));
        assertEquals(List.of(), violations());
    }

    /** An inline style set now must be refused and reported: the page is under the policy and the console tells. */
    private static void assertUnderThePolicy(String page) {
        chromium.driver().executeScript("document.body.setAttribute('style', 'background: red')");
        assertTrue(violations().stream().anyMatch(m -> m.contains("style-src")), "no refusal of an inline style on " + page);
    }

    private static List<String> violations() {
        return chromium.consoleMessages().stream().filter(m -> m.contains("Content Security Policy")).toList();
    }
}
