package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The search page in a real Chromium, on the demo catalogue, as a researcher uses it: a question typed
 * in the box every page carries lands on the diagnosis variable with its words highlighted; the facets
 * are bar charts whose counts are what clicking them gives; hostile words are shown as text. (A pasted essay
 * refused with a 400 page needs no browser: {@code SearchApiTest}.)
 */
class SearchPageBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void search_GET_aQuestionTypedInTheHeaderBoxFindsTheDiagnosisVariable() {
        chromium.driver().get(site.url("/catalog"));
        WebElement box = chromium.driver().findElement(By.cssSelector("header form.quick-search input[name=q]"));
        box.sendKeys("diagnostic principal du séjour", Keys.ENTER);

        assertTrue(chromium.driver().getCurrentUrl().contains("/search?q=diagnostic"), chromium.driver().getCurrentUrl());
        List<WebElement> hits = chromium.driver().findElements(By.cssSelector("ol.hits > li.hit"));
        assertFalse(hits.isEmpty());
        List<String> codes = hits.subList(0, Math.min(5, hits.size())).stream()
                .flatMap(h -> h.findElements(By.tagName("code")).stream()).map(WebElement::getText).toList();
        assertTrue(codes.contains("DGN_PAL"), "DGN_PAL among the first five hits: " + codes);
        // where the label is what matched, the label shows it (the snippet would only repeat it)
        assertFalse(chromium.driver().findElements(By.cssSelector("ol.hits > li.hit mark")).isEmpty(), "matched words are highlighted");
        chromium.screenshot("search-diagnostic-principal");
    }

    @Test
    void search_GET_aFacetBarKeepsItsCountWhenClickedAndClickingAgainRemovesIt() {
        chromium.driver().get(site.url("/search?q=diagnostic"));
        long all = total();
        WebElement variable = chromium.driver().findElement(By.cssSelector("section.facet[data-facet=kind] a[href*='kind=variable']"));
        long count = Long.parseLong(variable.findElement(By.className("count")).getText());
        assertTrue(count > 0 && count < all, count + " variables of " + all + " hits");

        variable.click();

        assertEquals(count, total(), "the bar said how many hits the filter leaves");
        List<WebElement> hits = chromium.driver().findElements(By.cssSelector("ol.hits > li.hit"));
        assertTrue(hits.stream().allMatch(h -> "variable".equals(h.getAttribute("data-kind"))), "only variables");
        WebElement selected = chromium.driver().findElement(By.cssSelector("section.facet[data-facet=kind] li.selected a"));
        chromium.screenshot("search-diagnostic-variables");

        selected.click();
        assertEquals(all, total(), "the filter is gone");
    }

    @Test
    void search_GET_withoutWordsBrowsesTheWholeCatalogueByFacet() {
        chromium.driver().get(site.url("/search"));
        WebElement datasets = chromium.driver().findElement(By.cssSelector("section.facet[data-facet=kind] a[href*='kind=dataset'] .count"));
        assertEquals(site.datasetCount(), Long.parseLong(datasets.getText()));
        assertFalse(chromium.driver().findElements(By.cssSelector("section.facet[data-facet=producer] li")).isEmpty(), "producers to browse");
    }

    @Test
    void search_GET_hostileWordsAreShownAsTextAndNothingRuns() {
        String typed = "<script>window.hacked = 1</script>\"><img src=x onerror=\"window.hacked = 2\">";
        chromium.driver().get(site.url("/search"));
        chromium.driver().findElement(By.cssSelector("form.search input[name=q]")).sendKeys(typed, Keys.ENTER);

        assertEquals(typed, chromium.driver().findElement(By.cssSelector("form.search input[name=q]")).getAttribute("value"));
        assertTrue(chromium.driver().findElement(By.cssSelector("p.summary")).getText().contains(typed));
        assertThrows(NoAlertPresentException.class, () -> chromium.driver().switchTo().alert());
        assertEquals(null, chromium.driver().executeScript("return window.hacked === undefined ? null : window.hacked"));
        assertEquals(0, chromium.driver().findElements(By.cssSelector("main img")).size(), "an element was injected");
    }

    private static long total() {
        return Long.parseLong(chromium.driver().findElement(By.cssSelector("p.summary strong")).getText());
    }

}
