package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.ontologies.CSVW;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of an import, on the shaded jar as a user runs it: {@code hdh import} of a
 * variable dictionary (Table Schema files) into a dataset is killed with SIGKILL while it writes, then
 * {@code hdh serve} starts on the same folder, and search ({@code /api/search}) and SPARQL must list the
 * very same variables and datasets.
 *
 * <p>The case that matters is a kill between the store's commit and the index's: the store holds the
 * import, the index does not, and the restart must repair the index. Where a kill lands is read from what
 * it left on disk, before anything repairs it: the test opens the killed process's store and search index
 * and compares each record's content hash in the store with the one the index holds (as the start-up
 * check does). A first import runs whole to time it on this machine; then each round kills an import some
 * time after its write phase began, at several moments of the span where the commits fall (narrowed by
 * each kill that came before the store's commit or after the index's), until
 * {@value #KILLS_BETWEEN_COMMITS} kills have landed between the two commits, within {@value #MAX_ROUNDS}
 * rounds. Fewer fails the test. After every kill, a restart must give search and SPARQL the same items.
 * What each round found is printed.
 */
class KillDuringImportIT {
    private static final String BASE = "http://localhost:8080/";
    private static final String DATASET = BASE + "dataset/snds-dcirs";
    private static final Pattern WRITE_STARTED = Pattern.compile("^write\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kills that must land between the store's commit and the index's (the README's figure). */
    private static final int KILLS_BETWEEN_COMMITS = 4;
    /**
     * When to kill, as a share of the span in which the commits are known to fall (at first, from the write phase to the
     * exit of a whole import): one round each, in turn, so the kills land at several moments of that span.
     */
    private static final double[] KILL_AT_SHARE = {0.35, 0.6, 0.8, 0.95};
    /** At most this many imports are killed to get there. */
    private static final int MAX_ROUNDS = 12;
    /** One table per import: an import of Table Schema files replaces the dataset's variable dictionary. */
    private static final int VARIABLES_PER_TABLE = 2_000;

    @TempDir
    Path dir;

    /** Where a kill landed, as the store and the index it left on disk tell. */
    enum Landing {
        /** The store had not committed the import: store and index both hold the previous one. */
        BEFORE_THE_STORE_COMMIT,
        /** The store had committed the import, the index had not. */
        BETWEEN_THE_COMMITS,
        /** Both had committed it (or the import had ended). */
        AFTER_THE_INDEX_COMMIT
    }

    @Test
    void searchAndSparqlListTheSameItemsAfterImportsKilledBetweenTheStoresCommitAndTheIndexs() throws Exception {
        Path data = dir.resolve("data");
        seed(data);
        // a first import runs to its end: how long it takes from its write phase to its exit on this machine
        long writeToExitMs = importWithoutKill(data, tableSchemas(0));
        List<String> rounds = new ArrayList<>();
        long earliest = 0;
        long latest = writeToExitMs;
        int between = 0;
        for (int round = 1; round <= MAX_ROUNDS && between < KILLS_BETWEEN_COMMITS; round++) {
            long afterMs = earliest + Math.round((latest - earliest) * KILL_AT_SHARE[(round - 1) % KILL_AT_SHARE.length]);
            boolean killed = killImportWhileWriting(data, tableSchemas(round), afterMs);
            LeftOnDisk left = LeftOnDisk.read(data, round);
            Landing landing = left.landing();
            rounds.add("round " + round + ": " + (killed ? "killed " : "ended by itself before the kill, ") + afterMs
                    + " ms after the write began (a whole import: " + writeToExitMs + " ms): " + left);
            System.out.println(rounds.get(rounds.size() - 1));
            assertFalse(!left.storeHasTheImport() && !left.indexInStep(),
                    "the index holds what the store did not commit, round " + round + ": " + left);
            assertTrue(killed || left.indexInStep(), "an import that ended by itself left the index behind: " + left);
            // a miss narrows the span where the next kills are aimed
            switch (landing) {
                case BETWEEN_THE_COMMITS -> between++;
                case BEFORE_THE_STORE_COMMIT -> earliest = afterMs;
                case AFTER_THE_INDEX_COMMIT -> latest = afterMs;
            }
            if (earliest >= latest) {
                // imports vary in speed: when the misses contradict each other, aim over the whole span again
                earliest = 0;
                latest = writeToExitMs;
            }
            assertSearchAndSparqlAgreeAfterARestart(data, round);
        }
        assertTrue(between >= KILLS_BETWEEN_COMMITS, "only " + between + " kill(s) of " + rounds.size()
                + " landed between the store's commit and the index's, " + KILLS_BETWEEN_COMMITS + " needed: " + rounds);
    }

    /** {@code hdh serve} on the folder: search and SPARQL list the same variables and datasets, those of one whole import. */
    private static void assertSearchAndSparqlAgreeAfterARestart(Path data, int round) throws Exception {
        try (HdhJar server = HdhJar.start("1g", false, "serve", "--port", "0", "--data", data.toString())) {
            server.awaitHealthy(Duration.ofSeconds(90));
            Set<String> sparqlVariables = sparql(server, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/csvw#Column> }");
            Set<String> sparqlDatasets = sparql(server, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/dcat#Dataset> }");
            // each import replaces the dataset's variable dictionary with its one table
            assertEquals(VARIABLES_PER_TABLE, sparqlVariables.size(), "the variables of one whole import, round " + round);
            assertEquals(sparqlDatasets, searched(server, "dataset"), "datasets in SPARQL and in search, round " + round);
            assertEquals(sparqlVariables, searched(server, "variable"), "variables in SPARQL and in search, round " + round);
            assertEquals(sparqlVariables.size(), total(server, "variable"), "search's total, round " + round);
        }
    }

    /**
     * What a killed import left on disk: whether the store holds the round's import, and each live record's
     * content hash in the store and in the search index. Read in this JVM before any restart repairs it;
     * opening the store replays its journal as any opening would, and nothing is written to either.
     */
    record LeftOnDisk(boolean storeHasTheImport, Map<String, String> inStore, Map<String, String> inIndex) {
        static LeftOnDisk read(Path data, int round) {
            try (CatalogStore store = CatalogStore.open(data);
                 LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("search-index"))) {
                return store.read(() -> {
                    Graph dataset = store.recordGraph(DATASET).orElseThrow();
                    boolean imported = dataset.contains(Node.ANY, CSVW.name.asNode(), NodeFactory.createLiteralString(variable(round, 0)));
                    return new LeftOnDisk(imported, RecordProvenance.liveHashes(store.datasetGraph()), index.indexedRecords());
                });
            }
        }

        boolean indexInStep() {
            return inStore.equals(inIndex);
        }

        Landing landing() {
            if (!storeHasTheImport) {
                return Landing.BEFORE_THE_STORE_COMMIT;
            }
            return indexInStep() ? Landing.AFTER_THE_INDEX_COMMIT : Landing.BETWEEN_THE_COMMITS;
        }

        @Override
        public String toString() {
            List<String> differ = inStore.keySet().stream().filter(iri -> !inStore.get(iri).equals(inIndex.get(iri))).toList();
            return landing() + " (the store " + (storeHasTheImport ? "had" : "had not") + " committed the import; "
                    + inStore.size() + " records in the store, " + inIndex.size() + " in the index"
                    + (differ.isEmpty() ? ", all in step)" : ", the index differing on " + differ + ")");
        }
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

    private static String variable(int round, int v) {
        return "R" + round + "_V" + v;
    }

    /** The Table Schema file of the one table, its variables new each round (their names differ): each import replaces it. */
    private List<Path> tableSchemas(int round) throws Exception {
        StringBuilder json = new StringBuilder("{\"name\": \"PRESTATIONS\", \"fields\": [");
        for (int v = 0; v < VARIABLES_PER_TABLE; v++) {
            json.append(v == 0 ? "" : ",").append(String.format(
                    "{\"name\": \"%s\", \"description\": \"Variable %d, série %d : montant remboursé\", \"type\": \"%s\"}",
                    variable(round, v), v, round, v % 3 == 0 ? "integer" : "string"));
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
