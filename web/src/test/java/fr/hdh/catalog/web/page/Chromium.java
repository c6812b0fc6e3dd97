package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven by Selenium, with Debian's browser and driver named explicitly so
 * Selenium Manager never downloads anything, and a fresh profile each time. In CI ({@code CI=true}, which
 * {@code .ci/run} sets after installing them with {@code apt-get install chromium chromium-driver}) the
 * browser tests must run: a missing browser fails them. Elsewhere, where they are not installed, the
 * tests are skipped. A browser that is installed but does not start fails them everywhere.
 *
 * <pre>
 * try (Chromium chromium = Chromium.start()) {
 *     chromium.driver().get(url);
 * }
 * </pre>
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Whether the browser tests must run: CI sets {@code CI=true}, where a skipped browser test would prove nothing. */
    static final boolean REQUIRED = "true".equalsIgnoreCase(System.getenv("CI"));
    /** Where screenshots go, for a person to look at after the run. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The languages a browser asks for unless told otherwise: a French reader's (Chromium's own default is en-US). */
    static final String FRENCH = "fr-FR,fr";

    /** Starts a browser asking for French pages; when Chromium or its driver is missing, fails the calling test in CI and skips it elsewhere. */
    static Chromium start() {
        return start(FRENCH);
    }

    /** Starts a browser whose {@code Accept-Language} is {@code acceptLanguage} ({@code en-GB,en}). */
    static Chromium start(String acceptLanguage) {
        requireInstalled(REQUIRED, BROWSER, DRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("hdh-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1024",
                "--accept-lang=" + acceptLanguage);
        // The console is kept so tests can read what the browser refused (Content-Security-Policy reports).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 1024));
        return new Chromium(driver, profile);
    }

    /**
     * Returns when {@code browser} and {@code driver} are executable; otherwise fails when the browser is
     * {@code required}, or aborts (skips) the calling test when it is not.
     */
    static void requireInstalled(boolean required, Path browser, Path driver) {
        if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
            return;
        }
        String missing = browser + " or " + driver + " is not installed";
        if (required) {
            fail(missing + ", and CI=true: the browser tests must run (.ci/run installs chromium chromium-driver)");
        }
        abort(missing + " (CI installs them; outside CI the browser tests are skipped)");
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The messages the browser's console received since the last call (errors, warnings, refusals). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows to {@code target/screenshots/NAME.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
