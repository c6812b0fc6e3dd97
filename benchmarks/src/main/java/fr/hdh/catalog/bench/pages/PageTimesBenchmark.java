package fr.hdh.catalog.bench.pages;

import fr.hdh.catalog.bench.export.DemoStoreLoader;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.WebModules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pages' server time on the demo content (issue 13: home, search and dataset pages p95 ≤ 100 ms, the code-list
 * page too by paging). The real {@link CatalogServer} as {@code hdh serve} starts it runs in this JVM on the demo
 * store; each round asks every page for its HTML (French, no validator, so every answer is rendered) and, before or
 * after it in alternating order, {@code /health}, the server's cheapest answer: the floor of the loopback transport
 * and of this client, measured side by side so a noisy machine shows in both. Prints median and p95 per page, the
 * page's bytes, and the ratio of the page's median to the floor's.
 *
 * <pre>
 * java -Xmx3g -cp target/benchmarks.jar fr.hdh.catalog.bench.pages.PageTimesBenchmark STORE_DIR [WARMUP_ROUNDS] [ROUNDS]
 * </pre>
 */
public final class PageTimesBenchmark {
    /** The target for the p95 of each page's server time. */
    static final double TARGET_P95_MILLIS = 100;

    /** The pages measured: what a first-time reader opens, from the home page down to a code list. */
    static final List<String> PAGES = List.of(
            "/",
            "/search?q=diagnostic+principal",
            "/search?q=DGN_PAL",
            "/search?q=Cardiopathies+isch%C3%A9miques",
            "/dataset/pmsi-mco",
            "/dataset/pmsi-mco/table/T_MCOaaB",
            "/dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL",
            "/vocabulary/snds/IR_CIM_V",
            "/vocabulary/snds/IR_CIM_V?page=40",
            "/vocabulary/snds/IR_CIM_V?q=infarctus");
    private static final String FLOOR = "/health";

    /** Latencies of one page, in nanoseconds. */
    record Times(String path, long[] nanos, int bytes) {
        double percentileMillis(int percent) {
            long[] sorted = Arrays.copyOf(nanos, nanos.length);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    private PageTimesBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: PageTimesBenchmark STORE_DIR [WARMUP_ROUNDS] [ROUNDS]");
        }
        Path store = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        try (Catalog catalog = DemoStoreLoader.open(store)) {
            Readiness readiness = new Readiness();
            readiness.ready();
            CatalogServer server = CatalogServer.start(catalog,
                    new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(10)), readiness, WebModules.all(catalog));
            try {
                String base = "http://localhost:" + server.port();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Times> pages = new ArrayList<>();
                List<long[]> floors = new ArrayList<>();
                for (String path : PAGES) {
                    long[] page = new long[rounds];
                    long[] floor = new long[rounds];
                    int bytes = 0;
                    for (int round = 0; round < warmup + rounds; round++) {
                        boolean pageFirst = round % 2 == 0;
                        long first = time(client, base + (pageFirst ? path : FLOOR));
                        long second = time(client, base + (pageFirst ? FLOOR : path));
                        if (round >= warmup) {
                            page[round - warmup] = pageFirst ? first : second;
                            floor[round - warmup] = pageFirst ? second : first;
                        }
                    }
                    bytes = fetch(client, base + path).body().length;
                    pages.add(new Times(path, page, bytes));
                    floors.add(floor);
                }
                print(pages, floors, warmup, rounds);
            } finally {
                server.stop();
            }
        }
    }

    private static long time(HttpClient client, String url) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = fetch(client, url);
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered HTTP " + response.statusCode());
        }
        return nanos;
    }

    private static HttpResponse<byte[]> fetch(HttpClient client, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Accept-Language", "fr").timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void print(List<Times> pages, List<long[]> floors, int warmup, int rounds) {
        System.out.printf(Locale.ROOT, "%n%d measured rounds per page (after %d warm-up), each beside GET %s%n",
                rounds, warmup, FLOOR);
        System.out.printf(Locale.ROOT, "%-48s %10s %10s %10s %9s %8s%n", "page", "median", "p95", "floor med", "bytes", "ratio");
        int met = 0;
        for (int i = 0; i < pages.size(); i++) {
            Times page = pages.get(i);
            Times floor = new Times(FLOOR, floors.get(i), 0);
            double p95 = page.percentileMillis(95);
            met += p95 <= TARGET_P95_MILLIS ? 1 : 0;
            System.out.printf(Locale.ROOT, "%-48s %8.1fms %8.1fms %8.2fms %9d %7.1fx%n", page.path(),
                    page.percentileMillis(50), p95, floor.percentileMillis(50), page.bytes(),
                    page.percentileMillis(50) / floor.percentileMillis(50));
        }
        System.out.printf(Locale.ROOT, "p95 <= %.0f ms: %d of %d pages%n", TARGET_P95_MILLIS, met, pages.size());
    }
}
