package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogStats;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.WebModules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * What a large DCAT harvest costs on disk, side by side with a raw TDB2 load of the same file, and what
 * {@code /api/quality} and {@code /quality} cost per request afterwards: N generated plain DCAT-AP datasets
 * (the file of {@link DcatThroughputBenchmark}), harvested through the real {@code HarvestRunner} into an empty
 * on-disk catalogue; then the triples stored (all, and those of the quality graphs), the folder's bytes, the
 * same after TDB2's online compaction, the peak resident memory, and the first (cold) and following (warm)
 * answers of the quality pages over HTTP on the real server.
 *
 * <pre>
 * java -Xmx6g -cp target/benchmarks.jar fr.hdh.catalog.bench.harvest.QualityStorageBenchmark [N [SEED [WORK_DIR]]]
 * </pre>
 */
public final class QualityStorageBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int WARM_REQUESTS = 20;

    private QualityStorageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Path work = Path.of(args.length > 2 ? args[2] : "target/quality-bench");
        Files.createDirectories(work);
        Path file = work.resolve("dcat-" + n + "-" + seed + ".ttl");
        long sourceTriples = DcatThroughputBenchmark.generate(file, n, seed);
        Path raw = work.resolve("raw-tdb2");
        RawLoad.load(file, "basic", raw);
        long rawBytes = bytes(raw);
        System.out.printf(Locale.ROOT, "source: %d datasets, %,d triples; raw TDB2 load: %,d bytes%n", n, sourceTriples, rawBytes);

        Path storeDir = work.resolve("store");
        try (Catalog catalog = HarvestBench.emptyCatalog(storeDir)) {
            long t0 = System.nanoTime();
            RunReport report = HarvestBench.harvest(catalog, "bench-dcat", SourceType.DCAT, file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            CatalogStats stats = catalog.stats();
            long quality = qualityTriples(catalog);
            long stored = bytes(storeDir);
            System.out.printf(Locale.ROOT, "harvest: %.1f s, added %d, rejected %d; peak RSS %s%n", seconds,
                    report.counts().added(), report.counts().rejected(), peakRss());
            System.out.printf(Locale.ROOT, "stored: %,d triples, %,d of them in quality graphs (%.1f per dataset)%n",
                    stats.triples(), quality, (double) quality / n);
            System.out.printf(Locale.ROOT, "on disk after the harvest: %,d bytes (%.1f x the raw load)%n",
                    stored, (double) stored / rawBytes);
            long c0 = System.nanoTime();
            compact(catalog);
            long compacted = bytes(storeDir);
            System.out.printf(Locale.ROOT, "on disk after online compaction (%.1f s): %,d bytes (%.2f x the raw load)%n",
                    (System.nanoTime() - c0) / 1e9, compacted, (double) compacted / rawBytes);
            serve(catalog);
        }
    }

    /** The first request of each quality answer, then the median of the next ones, on the real server. */
    private static void serve(Catalog catalog) throws Exception {
        Readiness readiness = new Readiness();
        readiness.ready();
        CatalogServer server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost",
                Duration.ofSeconds(60)), readiness, WebModules.all(catalog));
        try {
            millis("http://localhost:" + server.port() + "/health"); // the server's own first request, apart
            for (String path : new String[] {"/api/quality", "/quality"}) {
                String url = "http://localhost:" + server.port() + path;
                double first = millis(url);
                // cold: the first answer after the store changed (a derived graph written, no dataset touched)
                catalog.records().replaceDerived(HarvestBench.BASE_IRI + "bench/touch" + path.length(),
                        org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
                double cold = millis(url);
                double[] warm = new double[WARM_REQUESTS];
                for (int i = 0; i < warm.length; i++) {
                    warm[i] = millis(url);
                }
                Arrays.sort(warm);
                System.out.printf(Locale.ROOT, "GET %s: first %.1f ms, cold after a write %.1f ms, warm median %.1f ms (max %.1f)%n",
                        path, first, cold, warm[warm.length / 2], warm[warm.length - 1]);
            }
        } finally {
            server.stop();
        }
    }

    private static double millis(String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The store's own online compaction when it has one, else TDB2's. */
    private static void compact(Catalog catalog) {
        try {
            catalog.store().getClass().getMethod("compact").invoke(catalog.store());
        } catch (NoSuchMethodException e) {
            DatabaseMgr.compact(catalog.store().datasetGraph(), true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long qualityTriples(Catalog catalog) {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + HarvestBench.BASE_IRI + "harvest/quality/\")) }";
        return catalog.store().read(() -> {
            try (QueryExec exec = QueryExec.dataset(catalog.store().datasetGraph()).query(q).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    private static String peakRss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM")).map(l -> l.substring(6).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
