package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of an import, on the shaded jar as a user runs it: {@code hdh import} of a
 * variable dictionary (Table Schema files) into a dataset is killed with SIGKILL while it writes, then
 * {@code hdh serve} starts on the same folder, and search ({@code /api/search}) and SPARQL must list the
 * very same variables and datasets. A first import runs whole to time it on this machine; the next ones
 * are killed at a share of that time after their write phase began, so the kills land around the
 * store's commit and while the index is written; at least one must land between the two commits (the
 * restart then finds the index behind the store and repairs it). What each round found is printed.
 */
class KillDuringImportIT {
    private static final String BASE = "http://localhost:8080/";
    private static final String DATASET = BASE + "dataset/snds-dcirs";
    private static final Pattern WRITE_STARTED = Pattern.compile("^write\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** When to kill, as a share of the time a whole import takes from its write phase to its exit: one round each. */
    private static final double[] KILL_AT_SHARE = {0.35, 0.6, 0.8, 0.95};
    /** One table per import: an import of Table Schema files replaces the dataset's variable dictionary. */
    private static final int VARIABLES_PER_TABLE = 2_000;

    @TempDir
    Path dir;

    @Test
    void searchAndSparqlListTheSameItemsAfterAnImportKilledWhileWriting() throws Exception {
        Path data = dir.resolve("data");
        seed(data);
        // a first import runs to its end: how long it takes from its write phase to its exit on this machine
        long writeToExitMs = importWithoutKill(data, tableSchemas(0));
        List<String> rounds = new ArrayList<>();
        int killedRunning = 0;
        int indexWasBehind = 0;
        for (int round = 1; round <= KILL_AT_SHARE.length; round++) {
            long afterMs = Math.round(writeToExitMs * KILL_AT_SHARE[round - 1]);
            boolean killed = killImportWhileWriting(data, tableSchemas(round), afterMs);
            killedRunning += killed ? 1 : 0;
            try (HdhJar server = HdhJar.start("1g", false, "serve", "--port", "0", "--data", data.toString())) {
                server.awaitHealthy(Duration.ofSeconds(90));
                Set<String> sparqlVariables = sparql(server, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/csvw#Column> }");
                Set<String> searchVariables = searched(server, "variable");
                Set<String> sparqlDatasets = sparql(server, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/dcat#Dataset> }");
                Set<String> searchDatasets = searched(server, "dataset");
                boolean indexBehind = server.lines().stream().anyMatch(l -> l.contains("out of step"));
                indexWasBehind += indexBehind ? 1 : 0;
                int round0 = round;
                boolean committed = sparqlVariables.stream().anyMatch(v -> v.contains("R" + round0 + "_V"));
                rounds.add((killed ? "killed " : "ended by itself before the kill, ") + afterMs + " ms after the write began (a whole import: "
                        + writeToExitMs + " ms): the store " + (committed ? "had committed" : "had not committed") + " the import; "
                        + "at restart the index was " + (indexBehind ? "behind the store and repaired" : "in step"));

                // each import replaces the dataset's variable dictionary with its one table
                assertEquals(VARIABLES_PER_TABLE, sparqlVariables.size(), "the variables of one whole import, round " + round);
                assertEquals(sparqlDatasets, searchDatasets, "datasets in SPARQL and in search, round " + round);
                assertEquals(sparqlVariables.size(), searchVariables.size(), "variable count, round " + round);
                assertEquals(sparqlVariables, searchVariables, "variables in SPARQL and in search, round " + round);
                assertEquals(sparqlVariables.size(), total(server, "variable"), "search's total, round " + round);
            }
        }
        rounds.forEach(System.out::println);
        assertTrue(killedRunning >= 1, "no import was still running when killed: " + rounds);
        // The case that matters: the store committed, the index had not; the restart must have repaired it.
        // Where a kill lands depends on the machine's speed: four kill points make a miss unlikely, and a miss
        // is reported as not exercised (skipped), never as a pass.
        assumeTrue(indexWasBehind >= 1, "no kill landed between the store's commit and the index's: " + rounds);
    }

    /** The producers and the SNDS products, without a variable dictionary, written in-process before any kill. */
    private static void seed(Path data) {
        try (Catalog catalog = CatalogOpener.open(data, Optional.of(BASE), 8080)) {
            HdhCatalogueReader reader = new HdhCatalogueReader(catalog.iris(), new RecordSource("urn:test", "test"));
            List<CatalogRecord> records = new ArrayList<>(reader.producers(BundledCatalogue.producers()));
            records.addAll(reader.datasets(BundledCatalogue.sndsProducts(), BundledCatalogue.producers()));
            catalog.records().putAll(records, Progress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Table Schema file of a new table (its name differs each round) with its variables. */
    private List<Path> tableSchemas(int round) throws Exception {
        StringBuilder json = new StringBuilder("{\"fields\": [");
        for (int v = 0; v < VARIABLES_PER_TABLE; v++) {
            json.append(v == 0 ? "" : ",").append(String.format(
                    "{\"name\": \"R%d_V%d\", \"description\": \"Variable %d, série %d : montant remboursé\", \"type\": \"%s\"}",
                    round, v, v, round, v % 3 == 0 ? "integer" : "string"));
        }
        json.append("]}");
        Path file = dir.resolve("R" + round + ".json");
        Files.writeString(file, json);
        return List.of(file);
    }

    /** Imports to the end; the milliseconds from the first line of the write phase to the exit. */
    private static long importWithoutKill(Path data, List<Path> tables) throws Exception {
        try (HdhJar importing = HdhJar.start("1g", false, importArgs(data, tables))) {
            importing.awaitLine(WRITE_STARTED, Duration.ofSeconds(90));
            long writing = System.nanoTime();
            assertTrue(importing.process().waitFor(90, TimeUnit.SECONDS), "import not done in 90 s");
            assertEquals(0, importing.process().exitValue(), String.join("\n", importing.lines()));
            long ms = (System.nanoTime() - writing) / 1_000_000;
            importing.lines().forEach(l -> System.out.println("[first import] " + l));
            System.out.println("[first import] " + ms + " ms from the write phase to the exit");
            return ms;
        }
    }

    private static String[] importArgs(Path data, List<Path> tables) {
        List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(), "--dataset", DATASET));
        tables.forEach(t -> args.add(t.toString()));
        return args.toArray(String[]::new);
    }

    /** Whether the import was still running when killed. */
    private static boolean killImportWhileWriting(Path data, List<Path> tables, long afterMs) throws Exception {
        try (HdhJar importing = HdhJar.start("1g", false, importArgs(data, tables))) {
            importing.awaitLine(WRITE_STARTED, Duration.ofSeconds(90));
            Thread.sleep(afterMs);
            boolean alive = importing.process().isAlive();
            importing.process().destroyForcibly();
            assertTrue(importing.process().waitFor(30, TimeUnit.SECONDS));
            return alive;
        }
    }

    private static Set<String> sparql(HdhJar server, String select) throws Exception {
        HttpResponse<String> r = HdhJar.HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.base() + "sparql?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Set<String> iris = new TreeSet<>();
        String[] rows = r.body().split("\\R");
        for (int i = 1; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                iris.add(rows[i].trim());
            }
        }
        return iris;
    }

    /** Every item of {@code kind} that search lists, page by page. */
    private static Set<String> searched(HdhJar server, String kind) throws Exception {
        Set<String> iris = new TreeSet<>();
        for (int page = 1; ; page++) {
            JsonNode body = search(server, "kind=" + kind + "&sort=title&size=100&page=" + page);
            JsonNode hits = body.get("hits");
            hits.forEach(h -> iris.add(h.get("iri").asText()));
            if (hits.size() < 100) {
                return iris;
            }
        }
    }

    /** A search over the running server's JSON API. */
    private static JsonNode search(HdhJar server, String params) throws Exception {
        HttpResponse<InputStream> r = HdhJar.HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "api/search?q=&" + params))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            return JSON.readTree(in);
        }
    }

    private static long total(HdhJar server, String kind) throws Exception {
        return search(server, "kind=" + kind + "&size=1").get("total").asLong();
    }
}
