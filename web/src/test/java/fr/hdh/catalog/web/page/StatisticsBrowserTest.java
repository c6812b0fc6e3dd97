package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /statistics} on the demo catalogue in a real Chromium: ECharts, served by the catalogue, draws
 * every table as a chart (a canvas of some size in each chart box) under the page's Content-Security-Policy,
 * with nothing in the console (no script error, no refusal).
 */
class StatisticsBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void statistics_GET_drawsEveryTableAsAChart_withNothingInTheConsole() {
        chromium.consoleMessages();
        chromium.driver().get(site.url("/"));
        chromium.driver().findElement(By.cssSelector("nav.site a[href='/statistics']")).click();
        assertEquals(site.url("/statistics"), chromium.driver().getCurrentUrl());

        List<WebElement> charts = chromium.driver().findElements(By.cssSelector("div.chart[data-table]"));
        assertFalse(charts.isEmpty());
        for (WebElement chart : charts) {
            assertTrue(chart.isDisplayed(), "the script shows the chart: " + chart.getAttribute("data-table"));
            List<WebElement> canvases = chart.findElements(By.tagName("canvas"));
            assertFalse(canvases.isEmpty(), "ECharts drew " + chart.getAttribute("data-table"));
            WebElement canvas = canvases.get(0);
            assertTrue(canvas.getSize().getWidth() > 100 && canvas.getSize().getHeight() > 100,
                    chart.getAttribute("data-table") + ": " + canvas.getSize());
            assertEquals("img", chart.getAttribute("role"));
        }
        // every public dataset is in one band of scores and has one origin; each of the demo's has one producer
        long datasets = site.datasetCount();
        assertEquals(datasets, total("quality"), "score bands");
        assertEquals(datasets, total("origin"), "origins");
        assertEquals(datasets, total("producer"), "producers (the demo has fewer than 30)");
        long producers = chromium.driver().findElements(By.cssSelector("section#producer tbody tr")).size();
        assertTrue(producers > 1, "the demo has several producers: " + producers);
        assertTrue(chromium.driver().findElement(By.cssSelector("section#producer table")).isDisplayed(), "the table stays, beside its chart");
        chromium.screenshot("statistics");
        chromium.driver().executeScript("document.getElementById('quality').scrollIntoView({block: 'start'})");
        chromium.screenshot("statistics-quality");

        // the site has no icon: the browser's own request for one is not the page's doing
        assertEquals(List.of(), chromium.consoleMessages().stream().filter(m -> !m.contains("/favicon.ico")).toList(),
                "no script error, no Content-Security-Policy refusal");
    }

    /** The sum of the counts in the table of chart {@code id}, as the script reads them. */
    private static long total(String id) {
        return chromium.driver().findElements(By.cssSelector("section#" + id + " tbody tr")).stream()
                .mapToLong(tr -> Long.parseLong(tr.getAttribute("data-count"))).sum();
    }
}
