package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A first-time reader in a real Chromium, on the demo catalogue, from the home page to the PMSI MCO
 * variable {@code DGN_PAL} and its CIM-10 code list: the long way (home → search → facet → dataset →
 * table page → variable page → code list) and the short one (three clicks: search, hit, code list; the
 * variable's page on the way shows its first codes and its mappings). The home page shows what the catalogue
 * holds, entry points and the latest changes. Screenshots of the home and dataset pages are saved in
 * {@code target/screenshots/}.
 */
class ResearcherJourneyBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void home_GET_showsTheSearchBoxWhatTheCatalogueHoldsEntryPointsAndLatestChanges() throws Exception {
        chromium.driver().get(site.url("/"));
        assertEquals("fr", chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(chromium.driver().findElement(By.cssSelector("main form.search input[name=q]")).isDisplayed());

        List<WebElement> counts = chromium.driver().findElements(By.cssSelector("ul.counts > li > a"));
        assertEquals(7, counts.size(), "datasets, tables, variables, code lists, producers, projects, publications");
        assertTrue(counts.get(5).getAttribute("href").endsWith("/search?kind=project"), counts.get(5).getAttribute("href"));
        assertTrue(number(counts.get(5).findElement(By.tagName("strong")).getText()) >= 9, "the seed's projects");
        assertFalse(chromium.driver().findElements(By.cssSelector("ol.reused > li > a")).isEmpty(), "the most reused datasets");
        assertEquals(site.datasetCount(), number(counts.get(0).findElement(By.tagName("strong")).getText()));
        assertTrue(counts.get(0).getAttribute("href").endsWith("/search?kind=dataset"), counts.get(0).getAttribute("href"));
        assertTrue(number(counts.get(2).findElement(By.tagName("strong")).getText()) > 4_000, "the SNDS variables and more");
        for (String facet : List.of("theme", "producer", "accessRights")) {
            assertFalse(chromium.driver().findElements(By.cssSelector("section.entry[data-facet=" + facet + "] li a")).isEmpty(), facet);
        }
        assertFalse(chromium.driver().findElements(By.cssSelector("ul.latest > li > a")).isEmpty(), "the latest changes");
        keep(chromium.screenshot("home"), "home.png");

        // an entry point lists the datasets with that value
        WebElement access = chromium.driver().findElement(By.cssSelector("section.entry[data-facet=accessRights] li a"));
        access.click();
        assertTrue(chromium.driver().getCurrentUrl().contains("kind=dataset") && chromium.driver().getCurrentUrl().contains("accessRights="),
                chromium.driver().getCurrentUrl());
        List<WebElement> hits = chromium.driver().findElements(By.cssSelector("ol.hits > li.hit"));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> "dataset".equals(h.getAttribute("data-kind"))));
    }

    @Test
    void home_toTheCodeListOfDgnPal_theLongWay() throws Exception {
        chromium.driver().get(site.url("/"));
        chromium.driver().findElement(By.cssSelector("main form.search input[name=q]")).sendKeys("diagnostic principal", Keys.ENTER);
        assertTrue(chromium.driver().getCurrentUrl().contains("/search?q=diagnostic"), chromium.driver().getCurrentUrl());

        // facet: the variables among the hits, each saying which dataset it belongs to
        chromium.driver().findElement(By.cssSelector("section.facet[data-facet=kind] a[href*='kind=variable']")).click();
        assertTrue(chromium.driver().findElements(By.cssSelector("ol.hits > li.hit")).stream()
                .allMatch(h -> "variable".equals(h.getAttribute("data-kind"))), "only variables");
        String pmsi = site.urlOf(pmsiMco());
        chromium.driver().findElements(By.cssSelector("ol.hits > li.hit p.where a[href='" + pmsi.substring(site.url("").length())
                + "']")).stream().findFirst().orElseThrow(() -> new AssertionError("no PMSI MCO variable on the first page"))
                .click();
        assertEquals(pmsi, chromium.driver().getCurrentUrl());
        assertEquals(frenchTitle(pmsiMco()), chromium.driver().findElement(By.tagName("h1")).getText());
        keep(chromium.screenshot("dataset-pmsi-mco-page"), "dataset.png");
        // its reuse: the real publications of the demo seed that used it, each a link to its DOI
        assertFalse(chromium.driver().findElements(By.cssSelector(
                "section.usage ul.publications a[href='https://doi.org/10.1136/bmj.n37']")).isEmpty(), "the BMJ 2021 cohort");

        // table: its block on the dataset page leads to its own page
        WebElement block = chromium.driver().findElement(By.xpath("//main/details[summary/code[normalize-space() = 'T_MCOaaB']]"));
        block.findElement(By.tagName("summary")).click();
        block.findElement(By.cssSelector("p.table-page a")).click();
        assertEquals(site.urlOf(site.catalog().iris().table("pmsi-mco", "T_MCOaaB")), chromium.driver().getCurrentUrl());

        // table page: where it sits, then its variables in a table; DGN_PAL among them, by its name
        assertTrue(chromium.driver().findElements(By.cssSelector("nav.breadcrumb a")).stream().map(WebElement::getText)
                .anyMatch(frenchTitle(pmsiMco())::equals), "the dataset in the trail");
        assertTrue(chromium.driver().findElements(By.cssSelector("table.variables > tbody > tr")).size() > 50, "T_MCOaaB's variables");
        String variable = site.catalog().iris().variable("pmsi-mco", "T_MCOaaB", "DGN_PAL");
        chromium.driver().findElement(By.cssSelector("table.variables tr[data-variable=DGN_PAL] th a")).click();
        assertEquals(site.urlOf(variable), chromium.driver().getCurrentUrl());
        keep(chromium.screenshot("variable-dgn-pal-page"), "variable.png");

        // code list: CIM-10, with its codes
        codeListLink().click();
        assertCim10();
    }

    @Test
    void home_toTheCodeListOfDgnPal_inThreeClicks() {
        chromium.driver().get(site.url("/"));
        int clicks = 0;
        // 1: the search
        WebElement box = chromium.driver().findElement(By.cssSelector("main form.search input[name=q]"));
        box.sendKeys("DGN_PAL");
        // The form itself is sent: a completion list the script may open over the button must not take the click.
        box.submit();
        clicks++;
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits > li.hit")));
        String pmsi = site.urlOf(pmsiMco()).substring(site.url("").length());
        // 2: the PMSI MCO variable among the hits
        WebElement hit = chromium.driver().findElements(By.cssSelector("ol.hits > li.hit[data-kind=variable]")).stream()
                .filter(h -> !h.findElements(By.cssSelector("p.where a[href='" + pmsi + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no DGN_PAL of PMSI MCO on the first page of hits"));
        hit.findElement(By.cssSelector(":scope > a")).click();
        clicks++;
        assertEquals(site.urlOf(site.catalog().iris().variable("pmsi-mco", "T_MCOaaB", "DGN_PAL")), chromium.driver().getCurrentUrl());
        // the variable's page: where it sits, its first codes inline, its mappings to OMOP and FHIR
        assertEquals("DGN_PAL", chromium.driver().findElement(By.cssSelector("h1 code")).getText());
        assertEquals("T_MCOaaB", chromium.driver().findElement(By.cssSelector("nav.breadcrumb li:nth-child(2) a")).getText());
        assertEquals(20, chromium.driver().findElements(By.cssSelector("section.code-list ul.codes > li")).size(), "the first codes");
        assertFalse(chromium.driver().findElements(By.cssSelector("table.mappings > tbody > tr")).isEmpty(), "its mappings");
        // 3: its code list
        codeListLink().click();
        clicks++;
        assertCim10();
        assertEquals(3, clicks, "home → code list of DGN_PAL");
    }

    /** The link to the code list on a variable's page. */
    private static WebElement codeListLink() {
        return chromium.driver().findElement(By.cssSelector("main section.code-list p.code-list-name a[href^='/vocabulary/snds/']"));
    }

    private static void assertCim10() {
        String h1 = chromium.driver().findElement(By.tagName("h1")).getText();
        assertTrue(h1.contains("CIM") || h1.contains("CIM-10"), h1);
        WebElement cholera = chromium.driver().findElement(By.xpath("//ul[@class='members']/li[a = 'A00']"));
        assertEquals("A00 Choléra", cholera.getText());
        long concepts = (Long) chromium.driver().executeScript("return document.querySelectorAll('ul.members > li').length");
        assertEquals(200, concepts, "CIM-10's codes, 200 to a page");
        long total = number(chromium.driver().findElement(By.cssSelector("main h2")).getText());
        assertTrue(total > 10_000, "CIM-10's codes: " + total);
    }

    /** A figure as the page writes it ({@code 5 247}, {@code 5,247}). */
    private static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    /** A copy in {@code target/screenshots/readme/} for the README (the lead copies it into {@code docs/screenshots/}). */
    private static void keep(Path screenshot, String name) throws Exception {
        Path dir = Chromium.SCREENSHOTS.resolve("readme");
        Files.createDirectories(dir);
        Files.copy(screenshot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pmsiMco() {
        return site.catalog().iris().dataset("pmsi-mco");
    }

    private static String frenchTitle(String iri) {
        return site.catalog().store().read(() -> site.catalog().store().recordGraph(iri).orElseThrow()
                .find(NodeFactory.createURI(iri), DCTerms.title.asNode(), null).toList().stream()
                .map(t -> t.getObject()).filter(o -> "fr".equals(o.getLiteralLanguage()))
                .map(o -> o.getLiteralLexicalForm()).findFirst().orElseThrow());
    }
}
