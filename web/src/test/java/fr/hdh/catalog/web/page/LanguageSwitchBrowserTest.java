package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages speak one language at a time, in a real Chromium: a French browser gets French pages; the
 * switch in the header turns them English, and the choice holds on the next pages (a cookie) until
 * switched back; a browser that asks for English gets English pages without touching the switch.
 */
class LanguageSwitchBrowserTest {
    @RegisterExtension
    static final BrowserPerClass french = new BrowserPerClass(Chromium.FRENCH);
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void theSwitchTurnsThePagesEnglishAndTheChoiceHoldsOnTheNextPages() {
        ChromeDriver driver = french.driver();
        driver.manage().deleteAllCookies();
        driver.get(site.url("/"));
        assertPageIn(driver, "fr", "Trouver des données de santé");
        assertEquals("Rechercher", driver.findElement(By.cssSelector("header nav.site a[href='/search']")).getText());

        driver.findElement(By.cssSelector("header nav.languages a[hreflang=en]")).click();
        assertPageIn(driver, "en", "Find health data");
        assertEquals("Search", driver.findElement(By.cssSelector("header nav.site a[href='/search']")).getText());
        Cookie kept = driver.manage().getCookieNamed(HtmlResponses.LANGUAGE_COOKIE);
        assertNotNull(kept, "the choice is kept");
        assertEquals("en", kept.getValue());
        assertTrue(kept.isHttpOnly(), "scripts cannot read it");
        assertEquals("Lax", kept.getSameSite());

        // the next pages, reached without ?lang=, stay English
        driver.get(site.url("/search?q=DGN_PAL"));
        assertPageIn(driver, "en", "Search the catalogue");
        assertTrue(driver.findElement(By.cssSelector("p.summary")).getText().contains("results for « DGN_PAL »"),
                driver.findElement(By.cssSelector("p.summary")).getText());
        driver.get(site.urlOf(site.catalog().iris().dataset("pmsi-mco")));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.cssSelector("dl.facts")).getText().contains("Publisher"));
        french.screenshot("dataset-pmsi-mco-english");

        // and back to French, on the same page
        String page = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("header nav.languages a[hreflang=fr]")).click();
        assertEquals(page + "?lang=fr", driver.getCurrentUrl());
        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.cssSelector("dl.facts")).getText().contains("Producteur"));
        driver.get(site.url("/quality"));
        assertPageIn(driver, "fr", "Qualité des métadonnées");
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglishPagesWithoutTheSwitch() {
        try (Chromium english = Chromium.start("en-GB,en")) {
            english.driver().get(site.url("/"));
            assertPageIn(english.driver(), "en", "Find health data");
            assertEquals(null, english.driver().manage().getCookieNamed(HtmlResponses.LANGUAGE_COOKIE), "nothing chosen, nothing kept");
            english.driver().get(site.url("/no/such/page"));
            assertPageIn(english.driver(), "en", "Page not found");
            english.screenshot("not-found-english");
        }
    }

    private static void assertPageIn(ChromeDriver driver, String lang, String heading) {
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), driver.getCurrentUrl());
        assertEquals(heading, driver.findElement(By.tagName("h1")).getText(), driver.getCurrentUrl());
    }
}
