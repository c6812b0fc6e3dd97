package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's accessibility rules, {@code /axe/axe.min.js} on the test class path, see its
 * SOURCES.md) on the page a browser shows, and fails on any violation of impact serious or critical,
 * listing each (rule, impact, the elements concerned, what to do). The script is handed over by WebDriver,
 * which the page's Content-Security-Policy does not govern, so the page is checked under its real policy.
 * A page added later is checked with one line:
 *
 * <pre>
 * chromium.driver().get(site.url("/statistics"));
 * Axe.assertNoSeriousViolation(chromium.driver(), "/statistics");
 * </pre>
 */
final class Axe {
    /** The impacts that fail a page; moderate and minor ones are reported by axe but let through. */
    static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String SCRIPT = read("/axe/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Runs axe on the whole document (WCAG 2.x A and AA rules and axe's best practices) and answers its
     * violations as JSON, one line per rule with its impact, help, help URL and the CSS targets of its nodes.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (r) {
              done(JSON.stringify(r.violations.map(function (v) {
                return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(function (n) { return n.target.join(' '); })};
              })));
            }).catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', targets: []}])); });
            """;

    /** One rule the page breaks, and where. */
    record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " — " + targets;
        }
    }

    private Axe() {}

    /** Every violation axe finds on the page {@code driver} shows, whatever its impact. */
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) js.executeAsyncScript(RUN);
        try {
            return JSON.readValue(json, new TypeReference<List<Violation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("axe answered what is not its violations: " + json, e);
        }
    }

    /** Fails, naming the page and listing them, when the page {@code driver} shows has serious or critical violations. */
    static void assertNoSeriousViolation(WebDriver driver, String page) {
        assertNoSeriousViolation(violations(driver), page);
    }

    /** Fails, naming the page and listing them, when {@code found} holds serious or critical violations. */
    static void assertNoSeriousViolation(List<Violation> found, String page) {
        List<Violation> serious = found.stream().filter(v -> FAILING.contains(v.impact())).toList();
        if (!serious.isEmpty()) {
            fail(page + ": " + serious.size() + " serious or critical accessibility violation(s):\n  "
                    + serious.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core missing from the test class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
