package fr.hdh.catalog.bench.search;

import fr.hdh.catalog.bench.search.CatalogueGenerator.Item;
import fr.hdh.catalog.bench.search.CatalogueGenerator.Kind;
import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.IndexedRecord;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.LangText;
import fr.hdh.catalog.core.search.SearchDocument;
import fr.hdh.catalog.core.search.SearchHit.ItemRef;
import fr.hdh.catalog.core.search.SearchIndex;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.FSDirectory;

/**
 * Search at scale, ours against a Fuseki-only catalogue, on the same generated data in one JVM.
 *
 * <p><b>Ours:</b> the items go through the catalogue's search port ({@link LuceneSearchIndex} on a temp
 * dir), one {@link IndexedRecord} per dataset (its tables and variables), {@value #BATCH} records per
 * {@code update} (one commit each). A search is one {@link SearchQuery}: two words, five facet filters,
 * first page of 20, with drill-sideways facet counts.
 *
 * <p><b>Baseline:</b> the same items as triples in an in-memory transactional dataset wrapped by jena-text
 * (Lucene on a temp dir, titles, descriptions and codes in one indexed field), facet values directly on
 * each item (no joins through table and dataset: lenient to the baseline). A search is what a Fuseki-only
 * catalogue sends: {@code text:query} with the same two words (OR, as ours) and the five filters as triple
 * patterns, for the first page by score, the total, and one {@code GROUP BY} per facet with the other four
 * filters applied (the same drill-sideways counts as ours): 7 SPARQL queries per search.
 *
 * <p>The same queries (a random variable's two title words and its five facet values) run alternately on
 * each side, after a warm-up; p50 and p99 per search, and the ratio baseline / ours.
 *
 * <p>Wall times and, as the machine may be shared, the CPU time of the searching thread (searches run in
 * one thread on both sides) and of the whole process while indexing.
 *
 * <p>Usage: {@code SearchBenchmark [--scale S] [--queries N] [--warmup N] [--baseline-queries N]
 * [--baseline-warmup N] [--batch N] [--seed N] [--no-baseline]}
 * (scale 1 = 100,000 datasets, 1,000,000 variables).
 */
public final class SearchBenchmark {
    static final int BATCH = 1_000;
    static int batchSize = BATCH;
    static int baselineQueries = Integer.MAX_VALUE;
    /** Warm-up searches the baseline also runs (the last ones of ours): at full scale each costs seconds. */
    static int baselineWarmup = Integer.MAX_VALUE;
    /** jena-text returns at most this many hits: set to the number of literals it indexed, so counts are complete. */
    static long textLimit = 10_000;
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String CSVW = "http://www.w3.org/ns/csvw#";
    private static final String HDH = "https://w3id.org/hdh/ns#";
    private static final String TITLE = DCT + "title", DESC = DCT + "description", ID = DCT + "identifier";
    private static final String[] FACET_PRED = {DCT + "publisher", DCAT + "theme", DCT + "accessRights",
        CSVW + "datatype", HDH + "codeList"};
    private static final Facet[] FACETS = {Facet.PRODUCER, Facet.THEME, Facet.ACCESS_RIGHTS, Facet.DATA_TYPE,
        Facet.CODING_SYSTEM};

    record Query(String text, String[] filters) {}

    public static void main(String[] args) throws Exception {
        double scale = 1.0;
        int queries = 1_000, warmup = 200;
        long seed = 42;
        boolean baseline = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--batch" -> batchSize = Integer.parseInt(args[++i]);
                case "--baseline-queries" -> baselineQueries = Integer.parseInt(args[++i]);
                case "--baseline-warmup" -> baselineWarmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int datasets = (int) Math.round(100_000 * scale);
        int variables = (int) Math.round(1_000_000 * scale);
        long t0 = System.nanoTime();
        List<Item> items = CatalogueGenerator.generate(datasets, variables, seed);
        System.out.printf(Locale.ROOT, "scale %s: %,d datasets, %,d tables, %,d variables = %,d items (generated in %.1f s, seed %d)%n",
                scale, datasets, 2 * datasets, variables, items.size(), (System.nanoTime() - t0) / 1e9, seed);
        List<Query> qs = queries(items, warmup + queries, seed + 1);

        Path tmp = Files.createTempDirectory("hdh-search-bench");
        SearchIndex building = LuceneSearchIndex.open(tmp.resolve("ours"));
        long b0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        buildOurs(building, items);
        long count = building.documentCount();
        double secs = (System.nanoTime() - b0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "ours: %d records per update%n", batchSize);
        System.out.printf(Locale.ROOT, "ours: indexed %,d documents in %.1f s = %,.0f docs/s (port count %,d); "
                + "process CPU %.1f s = %,.0f docs per CPU second, %.2f cores busy on average%n",
                items.size(), secs, items.size() / secs, count, cpu, items.size() / cpu, cpu / secs);
        // closed (last commit, the build's background merges finished) and opened again, as a server restarted
        // after a bulk load: the searches measure the index at rest, not merges still running on the two cores
        long c0 = System.nanoTime();
        building.close();
        System.out.printf(Locale.ROOT, "ours: closed (commit, merges finished) in %.1f s, then opened again for the searches%n",
                (System.nanoTime() - c0) / 1e9);
        try (SearchIndex ours = LuceneSearchIndex.open(tmp.resolve("ours"))) {
            Dataset base = null;
            if (baseline) {
                long l0 = System.nanoTime();
                base = buildBaseline(items, tmp.resolve("jena-text"));
                double bs = (System.nanoTime() - l0) / 1e9;
                System.out.printf(Locale.ROOT, "baseline: loaded + text-indexed %,d items in %.1f s = %,.0f items/s%n",
                        items.size(), bs, items.size() / bs);
            }
            items = null;
            System.gc();
            long[] lo = new long[queries];
            long[] lb = new long[queries];
            long[] co = new long[queries];
            long[] cb = new long[queries];
            long hitsOurs = 0, hitsBase = 0;
            for (int i = 0; i < warmup + queries; i++) {
                Query q = qs.get(i);
                long c = threadCpuNanos();
                long s = System.nanoTime();
                long n = searchOurs(ours, q);
                long e = System.nanoTime() - s;
                long ce = threadCpuNanos() - c;
                long nb = 0, eb = 0, ceb = 0;
                boolean baselineRuns = base != null && (i < warmup ? warmup - i <= baselineWarmup : i - warmup < baselineQueries);
                if (baselineRuns) {
                    c = threadCpuNanos();
                    s = System.nanoTime();
                    nb = searchBaseline(base, q);
                    eb = System.nanoTime() - s;
                    ceb = threadCpuNanos() - c;
                }
                if (i >= warmup) {
                    if (base != null && i - warmup < baselineQueries) {
                        System.out.printf(Locale.ROOT, "  query %d \"%s\": ours %.1f ms (%d hits), baseline %.1f ms (%d hits)%n",
                                i - warmup, q.text(), e / 1e6, n, eb / 1e6, nb);
                    }
                    lo[i - warmup] = e;
                    lb[i - warmup] = eb;
                    co[i - warmup] = ce;
                    cb[i - warmup] = ceb;
                    hitsOurs += n;
                    hitsBase += nb;
                }
            }
            printSlowest(lo, co, qs.subList(warmup, warmup + queries), 5);
            double p50o = pct(lo, 50), p99o = pct(lo, 99);
            System.out.printf(Locale.ROOT, "queries: %,d measured after %,d warm-up, 2 words + 5 facet filters, page of 20, facet counts%n",
                    queries, warmup);
            System.out.printf(Locale.ROOT, "ours:     p50 %8.2f ms  p99 %8.2f ms  mean %8.2f ms  (mean total hits %.1f)%n",
                    p50o, p99o, mean(lo), hitsOurs / (double) queries);
            System.out.printf(Locale.ROOT, "ours, CPU time of the searching thread: p50 %8.2f ms  p99 %8.2f ms%n", pct(co, 50), pct(co, 99));
            if (base != null) {
                int nb = Math.min(queries, baselineQueries);
                long[] lbm = Arrays.copyOf(lb, nb);
                long[] lom = Arrays.copyOf(lo, nb);
                double p50b = pct(lbm, 50), p99b = pct(lbm, 99);
                System.out.printf(Locale.ROOT, "baseline: p50 %8.2f ms  p99 %8.2f ms  mean %8.2f ms  (mean total hits %.1f) over the first %,d measured queries%n",
                        p50b, p99b, mean(lbm), hitsBase / (double) nb, nb);
                if (nb < queries) {
                    System.out.printf(Locale.ROOT, "ours on those same %,d queries: p50 %8.2f ms  p99 %8.2f ms%n", nb, pct(lom, 50), pct(lom, 99));
                    p50o = pct(lom, 50);
                    p99o = pct(lom, 99);
                }
                System.out.printf(Locale.ROOT, "ratio baseline/ours: p50 %.1fx  p99 %.1fx%n", p50b / p50o, p99b / p99o);
                long[] cbm = Arrays.copyOf(cb, nb);
                long[] com = Arrays.copyOf(co, nb);
                System.out.printf(Locale.ROOT, "CPU time of the searching thread on those %,d queries: ours p50 %.2f ms p99 %.2f ms, "
                        + "baseline p50 %.2f ms p99 %.2f ms; ratio p50 %.1fx p99 %.1fx%n", nb, pct(com, 50), pct(com, 99),
                        pct(cbm, 50), pct(cbm, 99), pct(cbm, 50) / pct(com, 50), pct(cbm, 99) / pct(com, 99));
                base.close();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp dir left behind
            }
        }
    }

    // --- ours ---------------------------------------------------------------------------------------

    static void buildOurs(SearchIndex index, List<Item> items) {
        List<IndexedRecord> batch = new ArrayList<>(BATCH);
        List<SearchDocument> docs = new ArrayList<>();
        String record = null;
        for (Item it : items) {
            if (!it.recordIri().equals(record)) {
                if (record != null) {
                    batch.add(new IndexedRecord(record, "h", docs));
                    if (batch.size() == batchSize) {
                        index.update(batch, List.of());
                        batch.clear();
                    }
                }
                record = it.recordIri();
                docs = new ArrayList<>();
            }
            docs.add(document(it));
        }
        if (record != null) {
            batch.add(new IndexedRecord(record, "h", docs));
        }
        index.update(batch, List.of());
    }

    static SearchDocument document(Item it) {
        ItemKind kind = switch (it.kind()) {
            case DATASET -> ItemKind.DATASET;
            case TABLE -> ItemKind.TABLE;
            case VARIABLE -> ItemKind.VARIABLE;
        };
        SearchDocument.Builder b = new SearchDocument.Builder(it.iri(), it.recordIri(), kind)
                .codes(List.of(it.code()))
                .titles(List.of(new LangText(it.titleFr(), LangText.Lang.FR), new LangText(it.titleEn(), LangText.Lang.EN)))
                .descriptions(it.descEn() == null ? List.of(new LangText(it.descFr(), LangText.Lang.FR))
                        : List.of(new LangText(it.descFr(), LangText.Lang.FR), new LangText(it.descEn(), LangText.Lang.EN)))
                .facet(Facet.PRODUCER, List.of(it.producer()))
                .facet(Facet.THEME, List.of(it.theme()))
                .facet(Facet.ACCESS_RIGHTS, List.of(it.access()));
        if (it.datasetIri() != null) {
            b.dataset(new ItemRef(it.datasetIri(), it.datasetTitle()))
                    .context(List.of(new LangText(it.datasetTitle(), LangText.Lang.FR)));
        }
        if (it.tableIri() != null) {
            b.table(new ItemRef(it.tableIri(), it.tableCode()))
                    .context(List.of(new LangText(it.tableCode(), LangText.Lang.NONE)));
        }
        if (it.dataType() != null) {
            b.facet(Facet.DATA_TYPE, List.of(it.dataType()));
        }
        if (it.codingSystem() != null) {
            b.facet(Facet.CODING_SYSTEM, List.of(it.codingSystem()));
            b.codeList(new ItemRef(it.codingSystem(), it.codingSystem().substring(it.codingSystem().lastIndexOf('/') + 1)));
        }
        return b.build();
    }

    static long searchOurs(SearchIndex index, Query q) {
        SearchQuery sq = SearchQuery.text(q.text());
        for (int f = 0; f < FACETS.length; f++) {
            sq = sq.withFilter(FACETS[f], q.filters()[f]);
        }
        SearchResult r = index.search(sq);
        return r.total() + r.hits().size() * 0L + r.facets().size() * 0L;
    }

    // --- baseline -----------------------------------------------------------------------------------

    static Dataset buildBaseline(List<Item> items, Path dir) throws IOException {
        EntityDefinition entity = new EntityDefinition("uri", "text");
        entity.set("text", NodeFactory.createURI(TITLE));
        entity.set("text", NodeFactory.createURI(DESC));
        entity.set("text", NodeFactory.createURI(ID));
        Files.createDirectories(dir);
        Dataset ds = TextDatasetFactory.createLucene(DatasetFactory.createTxnMem(), FSDirectory.open(dir),
                new TextIndexConfig(entity));
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node[] types = {NodeFactory.createURI(DCAT + "Dataset"), NodeFactory.createURI(CSVW + "Table"),
            NodeFactory.createURI(CSVW + "Column")};
        Node title = NodeFactory.createURI(TITLE), desc = NodeFactory.createURI(DESC), id = NodeFactory.createURI(ID);
        Node[] fp = Arrays.stream(FACET_PRED).map(NodeFactory::createURI).toArray(Node[]::new);
        int batch = 20_000;
        long literals = 0;
        for (Item it : items) {
            literals += it.descEn() == null ? 4 : 5;
        }
        textLimit = literals;
        for (int from = 0; from < items.size(); from += batch) {
            List<Item> slice = items.subList(from, Math.min(items.size(), from + batch));
            Txn.executeWrite(ds, () -> {
                DatasetGraph g = ds.asDatasetGraph();
                Node dg = Quad.defaultGraphIRI;
                for (Item it : slice) {
                    Node s = NodeFactory.createURI(it.iri());
                    g.add(dg, s, type, types[it.kind().ordinal()]);
                    g.add(dg, s, title, NodeFactory.createLiteralLang(it.titleFr(), "fr"));
                    g.add(dg, s, title, NodeFactory.createLiteralLang(it.titleEn(), "en"));
                    g.add(dg, s, desc, NodeFactory.createLiteralLang(it.descFr(), "fr"));
                    if (it.descEn() != null) {
                        g.add(dg, s, desc, NodeFactory.createLiteralLang(it.descEn(), "en"));
                    }
                    g.add(dg, s, id, NodeFactory.createLiteralString(it.code()));
                    g.add(dg, s, fp[0], NodeFactory.createURI(it.producer()));
                    g.add(dg, s, fp[1], NodeFactory.createURI(it.theme()));
                    g.add(dg, s, fp[2], NodeFactory.createURI(it.access()));
                    if (it.dataType() != null) {
                        g.add(dg, s, fp[3], NodeFactory.createLiteralString(it.dataType()));
                    }
                    if (it.codingSystem() != null) {
                        g.add(dg, s, fp[4], NodeFactory.createURI(it.codingSystem()));
                    }
                }
            });
        }
        return ds;
    }

    /** Sum of the 7 queries a Fuseki-only catalogue sends for one search; returns the total. */
    static long searchBaseline(Dataset ds, Query q) {
        String words = q.text().replace("\"", "");
        String text = "(?s ?score) text:query (\"" + words + "\" " + textLimit + ") .\n";
        String[] patterns = new String[FACETS.length];
        for (int f = 0; f < FACETS.length; f++) {
            String v = f == 3 ? "\"" + q.filters()[f] + "\"" : "<" + q.filters()[f] + ">";
            patterns[f] = "?s <" + FACET_PRED[f] + "> " + v + " .\n";
        }
        String prefix = "PREFIX text: <http://jena.apache.org/text#>\n";
        String all = String.join("", patterns);
        return Txn.calculateRead(ds, () -> {
            run(ds, prefix + "SELECT ?s ?score WHERE {\n" + text + all + "} ORDER BY DESC(?score) LIMIT 20");
            long total = 0;
            try (QueryExecution qe = QueryExecution.dataset(ds).query(prefix
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {\n" + text + all + "}").build()) {
                ResultSet rs = qe.execSelect();
                if (rs.hasNext()) {
                    total = rs.next().getLiteral("n").getLong();
                }
            }
            for (int f = 0; f < FACETS.length; f++) {
                StringBuilder others = new StringBuilder();
                for (int o = 0; o < FACETS.length; o++) {
                    if (o != f) {
                        others.append(patterns[o]);
                    }
                }
                run(ds, prefix + "SELECT ?v (COUNT(DISTINCT ?s) AS ?n) WHERE {\n" + text + others
                        + "?s <" + FACET_PRED[f] + "> ?v .\n} GROUP BY ?v ORDER BY DESC(?n) LIMIT 10");
            }
            return total;
        });
    }

    private static int run(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    // --- queries and figures ------------------------------------------------------------------------

    /** Two words of a random variable's French title and its five facet values: every query has a hit. */
    static List<Query> queries(List<Item> items, int n, long seed) {
        Random r = new Random(seed);
        List<Query> out = new ArrayList<>(n);
        while (out.size() < n) {
            Item it = items.get(r.nextInt(items.size()));
            if (it.kind() != Kind.VARIABLE) {
                continue;
            }
            List<String> ws = it.words();
            int a = r.nextInt(ws.size());
            int b = (a + 1 + r.nextInt(ws.size() - 1)) % ws.size();
            out.add(new Query(ws.get(a) + " " + ws.get(b), new String[] {it.producer(), it.theme(), it.access(),
                it.dataType(), it.codingSystem()}));
        }
        return out;
    }

    /** CPU time of the whole JVM (all threads, GC and JIT included): the machine is shared, so wall time alone misleads. */
    static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double pct(long[] nanos, int percent) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(percent / 100.0 * s.length);
        return s[Math.max(0, rank - 1)] / 1e6;
    }

    /** The {@code n} slowest of our searches, wall and CPU time: what the p99 is made of. */
    static void printSlowest(long[] wall, long[] cpu, List<Query> measured, int n) {
        Integer[] order = new Integer[wall.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(wall[y], wall[x]));
        for (int k = 0; k < Math.min(n, order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  slowest %d: \"%s\" %.1f ms (CPU %.1f ms)%n", k + 1, measured.get(i).text(),
                    wall[i] / 1e6, cpu[i] / 1e6);
        }
    }

    static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }
}
