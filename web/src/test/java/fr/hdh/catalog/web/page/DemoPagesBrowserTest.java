package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of the demo catalogue in a real Chromium, as a researcher browses them: the list of
 * datasets, a dataset with its tables and variables, a code list with its concepts, a dataset's quality
 * score drawn as bars and the quality overview. The demo content is loaded once per test JVM ({@link DemoSite}); one
 * browser serves the whole class. What needs no browser (the schema.org JSON-LD in the page, Turtle at the
 * same address) is checked over plain HTTP in {@code ResourceDereferencingTest}.
 */
class DemoPagesBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void catalog_GET_listsTheDatasetsAndLinksToTheirPages() {
        chromium.driver().get(site.url("/catalog"));
        List<WebElement> links = chromium.driver().findElements(By.cssSelector("ul.datasets > li > a"));
        assertEquals(site.datasetCount(), links.size(), "every dataset fits on the first page of 100");
        String title = frenchTitle(pmsiMco());
        WebElement pmsi = chromium.driver().findElement(By.linkText(title));
        assertEquals(site.urlOf(pmsiMco()), pmsi.getAttribute("href"));
        chromium.screenshot("catalog-list");

        pmsi.click();
        assertEquals(title, chromium.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void dataset_GET_showsItsFrenchTitleTablesAndVariablesLinkedToTheirCodeList() {
        chromium.driver().get(site.urlOf(pmsiMco()));
        assertEquals(frenchTitle(pmsiMco()), chromium.driver().findElement(By.tagName("h1")).getText());
        assertTrue(chromium.driver().getTitle().contains("Médecine, chirurgie, obstétrique"), chromium.driver().getTitle());
        chromium.screenshot("dataset-pmsi-mco");

        WebElement table = tableBlock("T_MCOaaB");
        table.findElement(By.tagName("summary")).click();
        WebElement dgnPal = table.findElement(By.xpath(".//tr[td[1][normalize-space() = 'DGN_PAL']]"));
        assertTrue(dgnPal.isDisplayed(), "the variables show once the table is opened");
        WebElement codeList = dgnPal.findElement(By.cssSelector("td:nth-child(4) a"));
        String href = codeList.getAttribute("href");
        assertTrue(href.startsWith(site.url("/vocabulary/snds/")), href);
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", dgnPal);
        chromium.screenshot("dataset-pmsi-mco-variables");

        String codeListName = codeList.getText();
        codeList.click();
        assertEquals(codeListName, chromium.driver().findElement(By.tagName("h1")).getText());
        WebElement cholera = chromium.driver().findElement(By.xpath("//ul[@class='members']/li[a = 'A00']"));
        assertEquals("A00 Choléra", cholera.getText(), "a concept of CIM-10: its code, then its label");
        assertEquals(href + "/A00", cholera.findElement(By.tagName("a")).getAttribute("href"));
        long concepts = (Long) chromium.driver().executeScript("return document.querySelectorAll('ul.members > li').length");
        assertEquals(200, concepts, "the code list page shows its concepts 200 at a time");
        long total = number(chromium.driver().findElement(By.cssSelector("main h2")).getText());
        assertTrue(total > 10_000, "the page says how many concepts there are: " + total);
        assertTrue(chromium.driver().findElement(By.cssSelector("nav.pages a[rel=next]")).getAttribute("href").contains("page=2"));
        chromium.screenshot("code-list");

        WebElement filter = chromium.driver().findElement(By.id("member-filter"));
        filter.sendKeys("infarctus aigu");
        filter.submit();
        List<WebElement> lines = chromium.driver().findElements(By.cssSelector("ul.members > li"));
        assertTrue(!lines.isEmpty() && lines.size() < 200, "the filter keeps the codes whose label holds the words: " + lines.size());
        assertTrue(lines.stream().allMatch(l -> l.getText().toLowerCase(java.util.Locale.ROOT).contains("infarctus")),
                lines.get(0).getText());
        assertTrue(lines.stream().anyMatch(l -> l.getText().startsWith("I21 ")), "I21 Infarctus aigu du myocarde is kept");
    }

    /** A partner's Turtle at the same address, and the JSON-LD search engines read, are checked over HTTP in {@code ResourceDereferencingTest}. */
    @Test
    void dataset_GET_anIriFromSparqlOpensAsAnHtmlPageInTheBrowser() {
        String iri = firstDatasetFromSparql();
        chromium.driver().get(site.urlOf(iri));
        assertEquals("text/html", chromium.driver().executeScript("return document.contentType"));
        assertEquals(frenchTitle(iri), chromium.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void dataset_GET_showsItsQualityScoreAsBarsAndListsWhatLowersIt() {
        chromium.driver().get(site.urlOf(pmsiMco()));
        WebElement section = chromium.driver().findElement(By.cssSelector("section.quality"));
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
        chromium.screenshot("dataset-quality");

        // the score is the sum of the dimensions' points, and each dimension is drawn as a bar
        int score = Integer.parseInt(section.findElement(By.cssSelector(".score strong")).getText());
        List<WebElement> dimensions = section.findElements(By.cssSelector("ul.dimensions > li"));
        assertEquals(5, dimensions.size(), "MQA's five dimensions");
        int sum = 0;
        for (WebElement d : dimensions) {
            String[] points = d.findElement(By.className("count")).getText().split(" / ");
            sum += Integer.parseInt(points[0].trim());
            double width = d.findElement(By.className("bar")).getSize().getWidth();
            double track = d.findElement(By.className("track")).getSize().getWidth();
            assertEquals(Integer.parseInt(points[0].trim()) / Double.parseDouble(points[1].trim()), width / track, 0.05,
                    d.getText());
        }
        assertEquals(score, sum);

        // what lowers the score is exactly what the record lacks, among the dataset's own properties
        String shortfalls = section.findElements(By.cssSelector("ul.shortfalls")).stream().map(WebElement::getText)
                .findFirst().orElse("");
        Graph record = site.catalog().store().read(() -> site.catalog().store().recordGraph(pmsiMco()).orElseThrow());
        var dataset = NodeFactory.createURI(pmsiMco());
        // the page is in French (the browser asks for it): the indicators by their French names
        java.util.Map<String, org.apache.jena.graph.Node> properties = java.util.Map.of(
                "Mots-clés", DCAT.keyword.asNode(), "Thèmes", DCAT.theme.asNode(),
                "Couverture géographique", DCTerms.spatial.asNode(), "Couverture temporelle", DCTerms.temporal.asNode(),
                "Point de contact", DCAT.contactPoint.asNode(), "Éditeur", DCTerms.publisher.asNode(),
                "Date de publication", DCTerms.issued.asNode(), "Date de modification", DCTerms.modified.asNode());
        properties.forEach((label, property) -> assertEquals(!record.contains(dataset, property, null),
                shortfalls.contains(label + " — 0 /"), label + " in: " + shortfalls));
    }

    @Test
    void quality_GET_fromTheHeaderShowsHowScoresSpreadAndWhatCostsPointsMostOften() {
        chromium.driver().get(site.urlOf(pmsiMco()));
        chromium.driver().findElement(By.linkText("Qualité")).click();
        WebElement demo = chromium.driver().findElement(By.cssSelector("section.quality-source[data-source='demo']"));
        chromium.screenshot("quality-overview");

        long datasets = site.datasetCount();
        assertEquals(Long.toString(datasets), demo.findElement(By.cssSelector(".score strong")).getText());
        long inBands = demo.findElements(By.cssSelector("ul.bands .count")).stream()
                .mapToLong(e -> Long.parseLong(e.getText())).sum();
        assertEquals(datasets, inBands, "every dataset falls in one band of scores");

        // each indicator a dataset's own property decides: as many datasets as lack the property in their record
        // the page is in French (the browser asks for it): the indicators by their French names
        java.util.Map<String, String> properties = java.util.Map.of("Mots-clés", "dcat:keyword", "Thèmes", "dcat:theme",
                "Couverture géographique", "dct:spatial", "Couverture temporelle", "dct:temporal",
                "Date de publication", "dct:issued", "Date de modification", "dct:modified", "Éditeur", "dct:publisher",
                "Point de contact", "dcat:contactPoint");
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (WebElement li : demo.findElements(By.cssSelector("ul.shortfalls > li"))) {
            shown.put(li.findElement(By.className("value")).getText(), li.findElement(By.className("count")).getText());
        }
        properties.forEach((label, property) -> {
            long lacking = lacking(property);
            assertEquals(lacking == 0 ? null : lacking + " / " + datasets, shown.get(label), label + " in " + shown);
        });
    }

    /** How many datasets of the demo catalogue have no {@code property} in their record. */
    private static long lacking(String property) {
        String query = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> "
                + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a dcat:Dataset FILTER NOT EXISTS { ?d "
                + property + " ?v } } }";
        try (QueryExecution exec = QueryExecution.service(site.url("/sparql")).query(query).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** The collapsible block of a table, found by the technical name its summary starts with. */
    private static WebElement tableBlock(String table) {
        return chromium.driver().findElement(By.xpath("//main/details[summary/code[normalize-space() = '" + table + "']]"));
    }


    private static String pmsiMco() {
        return site.catalog().iris().dataset("pmsi-mco");
    }

    /** The dataset's French title, as the store holds it. */
    private static String frenchTitle(String iri) {
        Catalog catalog = site.catalog();
        return catalog.store().read(() -> catalog.store().recordGraph(iri).orElseThrow()
                .find(NodeFactory.createURI(iri), DCTerms.title.asNode(), null).toList().stream()
                .map(t -> t.getObject()).filter(o -> "fr".equals(o.getLiteralLanguage()))
                .map(o -> o.getLiteralLexicalForm()).findFirst().orElseThrow());
    }

    /** A dataset IRI as a partner finds it: from the public SPARQL endpoint. */
    private static String firstDatasetFromSparql() {
        String query = "SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> } ORDER BY ?d LIMIT 1";
        try (QueryExecution exec = QueryExecution.service(site.url("/sparql")).query(query).build()) {
            return exec.execSelect().next().getResource("d").getURI();
        }
    }

    /** A figure as the page writes it ({@code 19 212 éléments}, {@code 19,212 members}). */
    private static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }
}
