package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A producer's documentation is not trusted markup: a title holding {@code <script>} and an
 * {@code onerror} handler is shown as text in a real Chromium, on the dataset page and in the list,
 * and nothing of it runs (no alert, no flag set, no element injected). IRIs are not trusted either: a
 * {@code javascript:} or {@code data:} publisher, landing page, homepage or dataset IRI is shown as
 * text, never as a link a reader could click (only http, https and mailto links). A small in-memory catalogue;
 * validation rightly accepts any text as a title, so the record goes straight into the store to keep
 * the fixture about rendering (a complete HealthDCAT-AP record would be forty lines).
 */
class HostileValuesBrowserTest {
    private static final String TITLE =
            "<script>window.hacked = 'script'; alert('xss')</script><img src=x onerror=\"window.hacked = 'img'\">";
    private static final String DESCRIPTION = "</p><script>window.hacked = 'description'</script> & \"quotes\" too";
    private static final String DATASET = "http://test.example/dataset/hostile";
    private static final String RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <http://test.example/dataset/hostile#record> a dcat:CatalogRecord ;
                foaf:primaryTopic <http://test.example/dataset/hostile> ;
                dct:issued "2026-01-05T10:00:00Z"^^xsd:dateTime ;
                dct:modified "2026-01-05T10:00:00Z"^^xsd:dateTime .
            <http://test.example/dataset/hostile> a dcat:Dataset ;
                dct:identifier "hostile" ;
                dct:title %s@fr ;
                dct:description %s@fr ;
                dct:publisher <javascript:window.hacked='publisher'> ;
                dcat:theme <JAVASCRIPT:window.hacked='theme'> ;
                dcat:landingPage <javascript:window.hacked='landing'> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            """;
    /** A dataset whose very IRI is a script: the list would link to it. */
    private static final String SCRIPT_DATASET = "javascript:window.hacked='list'//";
    private static final String SCRIPT_RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <javascript:window.hacked='list'//#record> a dcat:CatalogRecord ;
                foaf:primaryTopic <javascript:window.hacked='list'//> ;
                dct:modified "2026-01-05T10:00:00Z"^^xsd:dateTime .
            <javascript:window.hacked='list'//> a dcat:Dataset ; dct:title "Lien piégé"@fr .
            """;
    private static final String PRODUCER = "http://test.example/producer/hostile";
    private static final String PRODUCER_RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <http://test.example/producer/hostile> a foaf:Organization ;
                foaf:name "Producteur piégé" ;
                foaf:homepage <javascript:window.hacked='homepage'> ;
                dcat:landingPage <data:text/html,%3Cscript%3Ealert(1)%3C/script%3E> ;
                foaf:page <vbscript:msgbox(1)> ;
                foaf:isPrimaryTopicOf <https://example.org/about> ;
                foaf:mbox <mailto:contact@example.org> .
            """;

    private static Catalog catalog;
    private static CatalogServer server;

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        Graph record = GraphFactory.createDefaultGraph();
        RDFParser.fromString(RECORD.formatted(turtleString(TITLE), turtleString(DESCRIPTION)), Lang.TURTLE).parse(record);
        DatasetGraph stored = DatasetGraphFactory.create();
        stored.addGraph(NodeFactory.createURI(DATASET), record);
        stored.addGraph(NodeFactory.createURI(SCRIPT_DATASET), parse(SCRIPT_RECORD));
        stored.addGraph(NodeFactory.createURI(PRODUCER), parse(PRODUCER_RECORD));
        catalog.records().restore(stored, Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new DcatWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
            catalog.close();
        }
    }

    @Test
    void dataset_GET_showsAScriptInTheTitleAsTextAndRunsNothing() throws Exception {
        chromium.driver().get(url("/dataset/hostile"));
        assertEquals(TITLE, chromium.driver().findElement(By.tagName("h1")).getText());
        assertEquals(TITLE, chromium.driver().getTitle());
        assertTrue(chromium.driver().findElement(By.tagName("main")).getText().contains(DESCRIPTION));
        assertNothingRan();
        assertEquals(1, chromium.driver().findElements(By.tagName("script")).size(), "only the schema.org JSON-LD");
        String jsonLd = (String) chromium.driver().executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
        assertEquals(TITLE, new ObjectMapper().readTree(jsonLd).path("name").asText(), "the JSON-LD keeps the value, escaped");
    }

    @Test
    void catalog_GET_listsTheHostileTitleAsText() {
        chromium.driver().get(url("/catalog"));
        assertEquals(TITLE, chromium.driver().findElement(By.cssSelector("ul.datasets > li > a")).getText());
        assertNothingRan();
        assertEquals(0, chromium.driver().findElements(By.tagName("script")).size());
    }

    @Test
    void dataset_GET_showsAJavascriptPublisherAndThemeAsTextNotLinks() {
        chromium.driver().get(url("/dataset/hostile"));
        String facts = chromium.driver().findElement(By.cssSelector("dl.facts")).getText();
        assertTrue(facts.contains("javascript:window.hacked='publisher'"), facts);
        assertTrue(facts.contains("JAVASCRIPT:window.hacked='theme'"), facts);
        assertEveryLinkIsHttpHttpsOrMailto();
    }

    @Test
    void catalog_GET_showsADatasetWhoseIriIsAScriptAsTextNotALink() {
        chromium.driver().get(url("/catalog"));
        assertTrue(chromium.driver().findElement(By.cssSelector("ul.datasets")).getText().contains("Lien piégé"));
        assertEveryLinkIsHttpHttpsOrMailto();
    }

    @Test
    void producer_GET_linksItsHttpsAndMailtoValuesAndShowsScriptDataAndVbscriptOnesAsText() {
        chromium.driver().get(url("/producer/hostile"));
        String main = chromium.driver().findElement(By.tagName("main")).getText();
        for (String shown : new String[] {"javascript:window.hacked='homepage'", "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
                "vbscript:msgbox(1)"}) {
            assertTrue(main.contains(shown), shown + " in " + main);
        }
        assertEquals(1, chromium.driver().findElements(By.cssSelector("main a[href='https://example.org/about']")).size());
        assertEquals(1, chromium.driver().findElements(By.cssSelector("main a[href='mailto:contact@example.org']")).size());
        assertEveryLinkIsHttpHttpsOrMailto();
        assertNothingRan();
    }

    /** What a click could open: every link's scheme, as the browser parsed it. */
    private static void assertEveryLinkIsHttpHttpsOrMailto() {
        @SuppressWarnings("unchecked")
        List<String> schemes = (List<String>) chromium.driver().executeScript(
                "return Array.from(document.querySelectorAll('[href], [src], [action]'))"
                        + ".map(e => new URL(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'),"
                        + " document.baseURI).protocol)");
        assertTrue(schemes.stream().allMatch(s -> s.equals("http:") || s.equals("https:") || s.equals("mailto:")),
                "schemes of links in the page: " + schemes);
        assertEquals(0, chromium.driver().findElements(By.cssSelector("[href*='script:' i], [href^='data:' i]")).size());
    }

    private static void assertNothingRan() {
        assertThrows(NoAlertPresentException.class, () -> chromium.driver().switchTo().alert(), "an alert was opened");
        assertEquals(null, chromium.driver().executeScript("return window.hacked === undefined ? null : window.hacked"));
        assertEquals(0, chromium.driver().findElements(By.cssSelector("main img")).size(), "an element was injected");
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }

    /** A Turtle long string holding {@code value} as it is (the values above hold no triple quote or backslash). */
    private static String turtleString(String value) {
        return "\"\"\"" + value + "\"\"\"";
    }
}
