package fr.hdh.catalog.bench.sparql;

import fr.hdh.catalog.bench.export.DemoStoreLoader;
import fr.hdh.catalog.bench.sparql.BenchQueries.BenchQuery;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.WebModules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Our public SPARQL endpoint against plain Fuseki on the same TDB2 store, side by side in one run.
 * Both servers run in this JVM on loopback and share the very same dataset (the demo content, ~1M
 * triples): ours is the real {@link CatalogServer} as {@code hdh serve} starts it; the baseline is
 * {@code FusekiServer.create().add("/ds", dataset)} with no filter, timeout or cap. Each round sends
 * every query to both, the order alternating from one query and one round to the next, so warm caches
 * and a noisy machine favour neither. Prints median and p90 per query and the median overhead ratio.
 *
 * <pre>
 * java -Xmx3g -cp target/benchmarks.jar fr.hdh.catalog.bench.sparql.SparqlOverheadBenchmark STORE_DIR [WARMUP_ROUNDS] [ROUNDS]
 * </pre>
 */
public final class SparqlOverheadBenchmark {
    /** The overhead the issue accepts: our median at most this times plain Fuseki's. */
    static final double TARGET_RATIO = 1.15;

    /** What to run: the store, and how many rounds to warm up and to measure. */
    record Settings(Path store, int warmupRounds, int rounds) {
        static Settings parse(String[] args) {
            if (args.length < 1) {
                throw new IllegalArgumentException("usage: SparqlOverheadBenchmark STORE_DIR [WARMUP_ROUNDS] [ROUNDS]");
            }
            return new Settings(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 5,
                    args.length > 2 ? Integer.parseInt(args[2]) : 30);
        }
    }

    /** The measures of one query on both endpoints. */
    record QueryResult(BenchQuery query, Latencies ours, Latencies plain, int oursBytes, int plainBytes) {
        double ratio() {
            return ours.medianMillis() / plain.medianMillis();
        }
    }

    private final EndpointClient ours;
    private final EndpointClient plain;
    private final Settings settings;

    SparqlOverheadBenchmark(EndpointClient ours, EndpointClient plain, Settings settings) {
        this.ours = ours;
        this.plain = plain;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        try (Catalog catalog = DemoStoreLoader.open(settings.store())) {
            Readiness readiness = new Readiness();
            readiness.ready();
            CatalogServer ourServer = CatalogServer.start(catalog,
                    new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(10)), readiness, WebModules.all(catalog));
            FusekiServer plainServer = FusekiServer.create().port(0).loopback(true).verbose(false)
                    .add("/ds", catalog.store().datasetGraph()).build().start();
            try {
                List<QueryResult> results = new SparqlOverheadBenchmark(
                        new EndpointClient("http://localhost:" + ourServer.port() + "/sparql"),
                        new EndpointClient("http://localhost:" + plainServer.getHttpPort() + "/ds/query"),
                        settings).run(BenchQueries.all());
                print(results, settings);
            } finally {
                ourServer.stop();
                plainServer.stop();
            }
        }
    }

    List<QueryResult> run(List<BenchQuery> queries) throws IOException, InterruptedException {
        List<Latencies> oursTimes = new ArrayList<>();
        List<Latencies> plainTimes = new ArrayList<>();
        queries.forEach(q -> {
            oursTimes.add(new Latencies(settings.rounds()));
            plainTimes.add(new Latencies(settings.rounds()));
        });
        int[] oursBytes = new int[queries.size()];
        int[] plainBytes = new int[queries.size()];
        for (int round = 0; round < settings.warmupRounds() + settings.rounds(); round++) {
            boolean measured = round >= settings.warmupRounds();
            for (int i = 0; i < queries.size(); i++) {
                boolean oursFirst = (round + i) % 2 == 0;
                EndpointClient.Exchange first = checked((oursFirst ? ours : plain).send(queries.get(i)), queries.get(i));
                EndpointClient.Exchange second = checked((oursFirst ? plain : ours).send(queries.get(i)), queries.get(i));
                EndpointClient.Exchange o = oursFirst ? first : second;
                EndpointClient.Exchange p = oursFirst ? second : first;
                oursBytes[i] = o.bytes();
                plainBytes[i] = p.bytes();
                if (measured) {
                    oursTimes.get(i).add(o.nanos());
                    plainTimes.get(i).add(p.nanos());
                }
            }
        }
        List<QueryResult> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            results.add(new QueryResult(queries.get(i), oursTimes.get(i), plainTimes.get(i), oursBytes[i], plainBytes[i]));
        }
        return results;
    }

    private static EndpointClient.Exchange checked(EndpointClient.Exchange exchange, BenchQuery query) {
        if (exchange.status() != 200) {
            throw new IllegalStateException("query " + query.name() + " answered HTTP " + exchange.status());
        }
        return exchange;
    }

    private static void print(List<QueryResult> results, Settings settings) {
        System.out.printf(Locale.ROOT, "%n%d measured rounds (after %d warm-up), both endpoints on the same TDB2 store%n",
                settings.rounds(), settings.warmupRounds());
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %12s %12s %7s %10s %10s%n", "query", "ours median", "ours p90",
                "plain median", "plain p90", "ratio", "ours B", "plain B");
        List<Double> ratios = new ArrayList<>();
        for (QueryResult r : results) {
            ratios.add(r.ratio());
            System.out.printf(Locale.ROOT, "%-34s %10.2fms %10.2fms %10.2fms %10.2fms %6.3fx %10d %10d%n",
                    r.query().name(), r.ours().medianMillis(), r.ours().p90Millis(), r.plain().medianMillis(),
                    r.plain().p90Millis(), r.ratio(), r.oursBytes(), r.plainBytes());
        }
        ratios.sort(Double::compare);
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "median overhead ratio (ours / plain Fuseki, over the %d queries): %.3fx — target <= %.2fx: %s%n",
                n, median, TARGET_RATIO, median <= TARGET_RATIO ? "met" : "NOT met");
    }
}
