package fr.hdh.catalog.web.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ContentHash;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.page.StaticFilesServlet;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /statistics}, {@code GET /api/statistics} and the charting script over real HTTP, on the
 * small catalogue of catalog-core's {@code search/mini-catalogue.trig} (two datasets: PMSI MCO by ATIH,
 * restricted, three variables; UroCCR by Inserm, not public; both on health): each chart's table holds
 * the catalogue's counts, the API the same numbers, and both change once the writer has stored one more dataset.
 */
class Statistics_GET_Test {
    private static final String BASE = "http://test.example/";
    private static final String ATIH = "Agence technique de l'information sur l'hospitalisation (ATIH)";
    private static final String INSERM = "Institut national de la santé et de la recherche médicale";
    private static final String PMSI = "Programme de médicalisation des systèmes d'information – Médecine, chirurgie, obstétrique";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A third dataset, by Inserm, public; written through the writer by the test. */
    private static final String WRITTEN = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            <http://test.example/dataset/written> a dcat:Dataset ;
                dct:identifier "written" ;
                dct:title "Jeu de données écrit par le test"@fr ;
                dct:description "Un jeu de données que le test ajoute."@fr ;
                dct:publisher <http://test.example/producer/inserm> ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            """;

    private Catalog catalog;
    private CatalogServer server;

    @BeforeEach
    void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        loadMiniCatalogue(catalog);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new DcatWebModule(catalog), new StatisticsWebModule(catalog)));
    }

    @AfterEach
    void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void statistics_GET_tablesCarryTheCataloguesCounts_andChangeAfterAWrite() {
        Document page = page("/statistics?lang=fr");
        assertEquals(Map.of(ATIH, "1", INSERM, "1"), table(page, "producer"));
        assertEquals(2, table(page, "accessRights").size(), "restricted and not public: " + table(page, "accessRights"));
        assertEquals(List.of("1", "1"), List.copyOf(table(page, "accessRights").values()));
        assertEquals(List.of("2"), List.copyOf(table(page, "theme").values()), "both datasets are on health");
        assertEquals(Map.of(PMSI, "3"), table(page, "variables"), "PMSI MCO's three columns; UroCCR has no dictionary");
        assertEquals(Map.of("Ce catalogue : fichiers importés", "2"), table(page, "origin"));
        assertEquals(Map.of("Base principale SNDS", "1"), table(page, "catalogueEntry"));
        assertEquals(10, table(page, "quality").size(), "one row per tenth of the maximum score, empty ones kept");
        assertEquals(2, sum(table(page, "quality")), "every dataset is in one band");
        assertTrue(page.selectFirst("main p").text().contains("2 jeux de données"), page.selectFirst("main p").text());

        catalog.records().put(new CatalogRecord(BASE + "dataset/written", RecordKind.DATASET, turtle(WRITTEN),
                new RecordSource("urn:test:statistics", "tester")));

        Document after = page("/statistics?lang=fr");
        assertEquals(Map.of(ATIH, "1", INSERM, "2"), table(after, "producer"));
        assertEquals(List.of("3"), List.copyOf(table(after, "theme").values()));
        assertEquals(3, table(after, "accessRights").size(), "public appears: " + table(after, "accessRights"));
        assertEquals(Map.of("Ce catalogue : fichiers importés", "3"), table(after, "origin"));
        assertEquals(3, sum(table(after, "quality")));
        assertEquals(Map.of(PMSI, "3"), table(after, "variables"), "the written dataset describes no variable");
    }

    @Test
    void statistics_GET_eachChartIsAnImageLabelledForItsTable_andThePageLoadsTheScriptsFromThisServer() {
        Document page = page("/statistics?lang=en");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        for (Element section : page.select("main section.stat")) {
            Element chart = section.selectFirst("div.chart");
            Element table = section.selectFirst("table.stat-table");
            assertEquals("img", chart.attr("role"), section.id());
            assertTrue(chart.attr("aria-label").startsWith("Chart: "), chart.attr("aria-label"));
            assertEquals(table.id(), chart.attr("data-table"), "the chart draws the table beside it");
            assertTrue(chart.hasAttr("hidden"), "without script, only the table shows");
            assertEquals(List.of("bar", "pie").contains(chart.attr("data-chart")), true, chart.attr("data-chart"));
            assertFalse(table.select("tbody tr[data-count]").isEmpty(), section.id());
        }
        assertEquals(7, page.select("main section.stat").size(), "one section per chart");
        assertEquals(List.of(StaticFilesServlet.ECHARTS, "/static/hdh-charts.js"), page.select("script[src]").eachAttr("src"));
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("[style]").isEmpty(), "no inline style");
        assertEquals("/statistics", page.selectFirst("nav.site a[href=/statistics]").attr("href"), "linked from the header");
    }

    @Test
    void scripts_GET_areServedAsJavaScript_echartsCachedForAYear() {
        HttpResponse<String> echarts = get(StaticFilesServlet.ECHARTS);
        assertEquals(200, echarts.statusCode());
        assertEquals("text/javascript;charset=utf-8", echarts.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("public, max-age=31536000, immutable", echarts.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(echarts.body().length() > 500_000 && echarts.body().contains("echarts"), "the minified library, whole");
        assertEquals("nosniff", echarts.headers().firstValue("X-Content-Type-Options").orElseThrow());

        HttpResponse<String> charts = get("/static/hdh-charts.js");
        assertEquals(200, charts.statusCode());
        assertTrue(charts.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(charts.body().contains("echarts.init"), "the page's own script draws with ECharts");
    }

    @Test
    void apiStatistics_GET_givesTheSameNumbersAsThePage() throws IOException {
        JsonNode json = JSON.readTree(get("/api/statistics?lang=fr").body());
        assertEquals(2, json.get("datasets").asLong());
        Document page = page("/statistics?lang=fr");
        for (String chart : List.of("producer", "theme", "accessRights", "origin", "catalogueEntry", "variables", "quality")) {
            Map<String, String> fromApi = new LinkedHashMap<>();
            json.get("charts").get(chart).forEach(c -> fromApi.put(c.get("label").asText(), c.get("count").asText()));
            assertEquals(table(page, chart), fromApi, chart);
        }
        JsonNode producer = json.get("charts").get("producer").get(0);
        assertTrue(producer.get("key").asText().startsWith(BASE + "producer/"), producer.toString());
        assertEquals("en", JSON.readTree(get("/api/statistics?lang=en").body()).get("lang").asText());
    }

    @Test
    void apiStatistics_GET_anUnknownLanguageIsA400NamingTheParameter() throws IOException {
        HttpResponse<String> r = get("/api/statistics?lang=de");
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(JSON.readTree(r.body()).get("detail").asText().contains("lang must be fr or en"), r.body());
    }

    /** A table's rows: the value (row heading) and the count as shown; the count the script reads must be the same. */
    private static Map<String, String> table(Document page, String chart) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element tr : page.select("section#" + chart + " table.stat-table tbody tr")) {
            String shown = tr.selectFirst("td").text();
            assertEquals(shown.replaceAll("[^0-9]", ""), tr.attr("data-count"), tr.outerHtml());
            rows.put(tr.selectFirst("th").text(), shown);
        }
        return rows;
    }

    private static long sum(Map<String, String> rows) {
        return rows.values().stream().mapToLong(Long::parseLong).sum();
    }

    private Document page(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        return Jsoup.parse(r.body());
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    /** The mini catalogue, stored as it is with provenance (agent "tester"), then indexed and measured. */
    private static void loadMiniCatalogue(Catalog catalog) {
        DatasetGraph fixture = DatasetGraphFactory.create();
        try (InputStream in = Statistics_GET_Test.class.getResourceAsStream("/search/mini-catalogue.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph stored = DatasetGraphFactory.create();
        fixture.listGraphNodes().forEachRemaining(name -> {
            Graph content = fixture.getGraph(name);
            Graph g = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(g::add);
            RecordProvenance.add(g, name.getURI(), new RecordSource("urn:test", "tester"),
                    NodeFactory.createURI(BASE + "agent/tester"), ContentHash.of(content), Instant.EPOCH, Instant.EPOCH,
                    RecordProvenance.STATUS_COMPLETED);
            stored.addGraph(name, g);
        });
        catalog.records().restore(stored, Progress.NONE);
        catalog.search().synchronize(Progress.NONE);
        catalog.quality().synchronize(Progress.NONE);
    }
}
