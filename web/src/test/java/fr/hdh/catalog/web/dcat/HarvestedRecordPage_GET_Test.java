package fr.hdh.catalog.web.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.harvest.HarvestWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebSettings;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset harvested from a partner has a page here, at {@code /record?iri=…}, whatever its IRI: the
 * search links to it, it says what the harvest repaired and dropped (the German catalogue's
 * {@code dct:format "jrss"} has no right reading and is dropped), and the run's summary counts both.
 */
class HarvestedRecordPage_GET_Test {
    private static final String BERLIN = "http://data.example-domain.de/dataset/63961baa-2fd0-40d4-9242-4a9640ff5f1e";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void harvestAndServe() throws Exception {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup());
        Path file = dir.resolve("de-catalog.rdf");
        try (InputStream in = HarvestedRecordPage_GET_Test.class.getResourceAsStream("/harvest/de-ckanext-dcatde-catalog-endpoint.rdf")) {
            Files.copy(in, file);
        }
        new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults())
                .run(new HarvestSource("de", SourceType.DCAT, file.toString(), Optional.empty(), Set.of()), Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new DcatWebModule(catalog), new SearchWebModule(catalog),
                        new HarvestWebModule(catalog, HarvestWebSettings.of(dir.resolve("sources"), null))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void record_GET_showsAHarvestedDatasetWithWhatTheHarvestChangedInIt() throws Exception {
        HttpResponse<String> page = get("/record?iri=" + URLEncoder.encode(BERLIN, StandardCharsets.UTF_8) + "&lang=en", "text/html");

        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("What this catalogue changed when it harvested the record"), html);
        assertTrue(html.contains("Harvested from source de, last changed by a harvest 20") && html.contains("de-catalog.rdf"),
                "where it came from, the server's folders left out: " + html);
        assertTrue(!html.contains(dir.toString()), "no server folder in the page");
        List<List<String>> changes = Jsoup.parse(html).select("section.amendments tbody tr").stream()
                .map(row -> row.select("td").eachText()).toList();
        assertTrue(changes.stream().anyMatch(c -> c.get(0).startsWith("dropped dct:format") && c.get(2).equals("\"jrss\"")
                && c.get(3).equals("—")), "a drop, the value before and nothing after: " + changes);
        assertTrue(html.contains("http://publications.europa.eu/resource/authority/file-type/XML"), "a repair, before → after: " + html);
        assertTrue(html.contains("/record?iri=" + URLEncoder.encode(BERLIN, StandardCharsets.UTF_8) + "&amp;format=ttl"),
                "its RDF from here too");
    }

    @Test
    void record_GET_servesTheRecordsRdfAndRefusesWhatItCannotName() throws Exception {
        HttpResponse<String> turtle = get("/record?iri=" + URLEncoder.encode(BERLIN, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.body().contains("63961baa-2fd0-40d4-9242-4a9640ff5f1e"), turtle.body());

        assertEquals(404, get("/record?iri=" + URLEncoder.encode("https://nowhere.example/d", StandardCharsets.UTF_8), "text/html").statusCode());
        assertEquals(400, get("/record", "text/html").statusCode());
    }

    @Test
    void search_GET_linksAHarvestedDatasetToItsPageHere() throws Exception {
        HttpResponse<String> results = get("/search?q=Berlin", "text/html");

        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("href=\"/record?iri=http%3A%2F%2Fdata.example-domain.de%2Fdataset%2F"), results.body());
    }

    @Test
    void harvestRuns_GET_countsTheRepairsByKindAndTheDropsByRule() throws Exception {
        HttpResponse<String> runs = get("/api/harvest/runs?source=de", "application/json");

        assertEquals(200, runs.statusCode(), runs.body());
        JsonNode amendments = new ObjectMapper().readTree(runs.body()).get(0).get("amendments");
        assertTrue(amendments.get("storedWithRepairs").asLong() >= 1, runs.body());
        assertTrue(amendments.get("storedWithDrops").asLong() >= 1, runs.body());
        assertTrue(amendments.get("repairs").get("file-type").asLong() >= 1, runs.body());
        assertTrue(amendments.get("drops").fieldNames().hasNext(), runs.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
