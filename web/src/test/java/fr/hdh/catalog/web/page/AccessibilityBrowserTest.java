package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo catalogue's main pages pass axe-core in a real Chromium ({@link Axe}): no serious or critical
 * violation of WCAG 2 A/AA or axe's best practices, in French and in English. Each page is checked with its
 * collapsed blocks opened, as a reader opening them sees it; a failure lists every page's violations at once,
 * and every violation found, whatever its impact, is written to {@code target/accessibility/axe-main-pages.txt}.
 */
class AccessibilityBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    static final Path REPORT = Path.of("target", "accessibility", "axe-main-pages.txt");
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    /** The pages checked, by their path on the demo site. */
    static List<String> mainPages() {
        var iris = site.catalog().iris();
        return List.of("/", "/search?q=diagnostic+principal", "/catalog", path(iris.dataset("pmsi-mco")),
                path(iris.table("pmsi-mco", "T_MCOaaB")), path(iris.variable("pmsi-mco", "T_MCOaaB", "DGN_PAL")),
                "/vocabulary/snds/IR_CIM_V", path(iris.producer("atih")), "/quality", "/indicators", "/mappings",
                "/projects", "/sparql", "/statistics", "/vocabularies", "/vocabulary/snds/IR_CIM_V/I21", "/sign-in",
                "/no/such/page", "/dataset/no-such-dataset", "/static/no-such-file");
    }

    @Test
    void mainPages_GET_haveNoSeriousOrCriticalAccessibilityViolation() {
        List<String> failures = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (String page : mainPages()) {
                String url = site.url(page) + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                chromium.driver().get(url);
                // what a reader opens is checked too: the tables of variables, a code list's concepts
                chromium.driver().executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                List<Axe.Violation> found = Axe.violations(chromium.driver());
                found.forEach(v -> report.add(page + " (" + lang + ") " + v));
                try {
                    Axe.assertNoSeriousViolation(found, page + " (" + lang + ")");
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        writeReport(report);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void axe_findsWhatItLooksFor_onAPageMadeInaccessibleOnPurpose() {
        chromium.driver().get(site.url("/"));
        // an image without text and a button without a name: axe must say so, or a pass above proves nothing
        chromium.driver().executeScript("""
                var img = document.createElement('img'); img.src = '/static/none.png'; document.querySelector('main').appendChild(img);
                document.querySelector('main').appendChild(document.createElement('button'));
                """);
        List<String> rules = Axe.violations(chromium.driver()).stream().map(Axe.Violation::id).toList();
        assertTrue(rules.containsAll(List.of("image-alt", "button-name")), rules.toString());
    }

    /** Every violation found, whatever its impact (moderate and minor ones pass), in {@code target/accessibility/axe-main-pages.txt} for a person to read. */
    private static void writeReport(List<String> lines) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines.isEmpty() ? List.of("No violation.") : lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String iri) {
        return site.urlOf(iri).substring(site.url("").length());
    }
}
