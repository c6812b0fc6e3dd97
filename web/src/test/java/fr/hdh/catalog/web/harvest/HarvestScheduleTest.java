package fr.hdh.catalog.web.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.RunLog;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server harvests a source with an interval on its own: a source saved with a one-second interval
 * (shorter than the API accepts, so written to the source list directly) is run by the scheduler, with
 * no request to run it, and runs again one interval later; stopping the server stops the schedule.
 */
class HarvestScheduleTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the test waits for the scheduler before it fails: generous, as the machine may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aSourceWithAnIntervalIsRunWithoutBeingAskedAndAgainAfterItsInterval() throws Exception {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal);
        try (InputStream in = getClass().getResourceAsStream("/harvest/healthdcat-ap-r8-example.ttl")) {
            Files.copy(in, portal.resolve("health.ttl"));
        }
        Path sources = dir.resolve("sources");
        SourceRegistry.in(sources).add(new HarvestSource("tick", SourceType.DCAT, portal.toString(),
                Optional.of(Duration.ofSeconds(1)), Set.of()));

        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup())) {
            CatalogServer server = CatalogServer.start(catalog,
                    new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)), new Readiness(),
                    List.of(new HarvestWebModule(catalog, HarvestWebSettings.of(sources, null))));
            try {
                JsonNode runs = awaitRuns(server, 2);

                JsonNode latest = runs.get(0);
                assertEquals("COMPLETED", latest.get("status").asText(), runs.toString());
                assertTrue(runs.get(1).get("counts").get("added").asLong() >= 1, "the first run stored the dataset: " + runs);
                assertEquals(0, latest.get("counts").get("added").asLong(), "the second run found nothing new: " + runs);
                assertTrue(catalog.records().content("https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024")
                        .isPresent());
            } finally {
                server.stop();
            }
            int afterStop = new RunLog(catalog.store()).runs(Optional.of("tick"), 1_000).size();
            Thread.sleep(3_000);
            assertEquals(afterStop, new RunLog(catalog.store()).runs(Optional.of("tick"), 1_000).size(),
                    "no run after the server stopped (three intervals later)");
        }
    }

    /** Polls the public run list until the source has {@code count} runs, newest first. */
    private static JsonNode awaitRuns(CatalogServer server, int count) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode runs = JSON.createArrayNode();
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/api/harvest/runs?source=tick")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            runs = JSON.readTree(r.body());
            if (runs.size() >= count) {
                return runs;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the scheduler ran the source " + runs.size() + " time(s) in " + PATIENCE + ": " + runs);
    }
}
