package fr.hdh.catalog.web.page;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One {@link Chromium} for all the tests of a class: started before the first (when Chromium is not
 * installed, the class fails in CI and is skipped elsewhere), closed after the last.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final BrowserPerClass chromium = new BrowserPerClass();
 * ...
 * chromium.driver().get(url);
 * </pre>
 */
final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {
    private final String acceptLanguage;
    private Chromium chromium;

    /** A browser asking for French pages. */
    BrowserPerClass() {
        this(Chromium.FRENCH);
    }

    /** A browser whose {@code Accept-Language} is {@code acceptLanguage}. */
    BrowserPerClass(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.start(acceptLanguage);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    ChromeDriver driver() {
        return chromium.driver();
    }

    /** See {@link Chromium#consoleMessages}. */
    java.util.List<String> consoleMessages() {
        return chromium.consoleMessages();
    }

    /** See {@link Chromium#screenshot}. */
    Path screenshot(String name) {
        return chromium.screenshot(name);
    }
}
