package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The README's screenshots ({@code docs/screenshots/}), taken on demand from the demo catalogue in
 * Chromium (1280×1024, French): the home page, the PMSI MCO dataset page and the statistics page. Run
 * only when asked, since it rewrites files under version control:
 *
 * <pre>
 * mvn -o -q -pl web -am test -Dtest=ReadmeScreenshotsBrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Dhdh.screenshots.docs=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "hdh.screenshots.docs", matches = "true")
class ReadmeScreenshotsBrowserTest {
    /** The repository's screenshots folder, seen from the web module where the tests run. */
    static final Path DOCS = Path.of("..", "docs", "screenshots");
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void homeDatasetAndStatisticsPages() {
        take("/?lang=fr", "home");
        take(site.urlOf(site.catalog().iris().dataset("pmsi-mco")).substring(site.url("").length()) + "?lang=fr", "dataset");
        take("/statistics?lang=fr", "statistics");
    }

    private static void take(String page, String name) {
        chromium.driver().get(site.url(page));
        assertTrue(chromium.driver().findElement(By.tagName("h1")).isDisplayed(), page);
        Path shot = chromium.screenshot("docs-" + name);
        try {
            Files.createDirectories(DOCS);
            Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
