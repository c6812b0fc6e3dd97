package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.bench.harvest.RawLoad.Timing;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.CatalogStats;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * DCAT harvest throughput end to end (parse, validate, write, index, score, run record) through the
 * real {@code HarvestRunner} and DCAT harvester into an empty on-disk catalogue, against a raw TDB2 bulk
 * load ({@link RawLoad}: the basic and the parallel loader) of the very same Turtle file into an
 * empty TDB2 location, side by side in one JVM (each raw load once before the harvest and twice after;
 * the median is kept). Reports triples/s for each and the ratio ours / raw (target at least 0.3).
 * The basic loader also stores the quads the harvest stored (dumped as N-Quads): the ratio of the two
 * raw loads is the ceiling any pipeline storing those quads could reach, and ours against it shows
 * what parsing, validating, hashing, indexing and scoring add to the storage itself.
 *
 * <p>The file is generated for a seed: N HealthDCAT-AP datasets, each a copy of a real record of the
 * bundled HDH catalogue list (the shape {@code DatasetRecords} writes, so they validate) under a new
 * IRI and identifier, with a numbered title, plus every producer they name. The harvest figure is only
 * printed as trusted when all N datasets were stored and nothing was rejected. A small warm-up (same
 * steps, 100 datasets, other folders) runs first so neither side pays the JIT alone.
 *
 * <pre>
 * java -Xmx3g -cp target/benchmarks.jar fr.hdh.catalog.bench.harvest.DcatThroughputBenchmark [N [SEED [WORK_DIR]]]
 * </pre>
 */
public final class DcatThroughputBenchmark {
    private static final double TARGET_RATIO = 0.3;
    private static final int WARMUP_DATASETS = 100;
    private static final int RAW_RUNS = 3;

    private DcatThroughputBenchmark() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Path work = Path.of(args.length > 2 ? args[2] : "target/harvest-bench");
        Files.createDirectories(work);

        Path warmFile = work.resolve("dcat-warmup.ttl");
        generate(warmFile, WARMUP_DATASETS, seed + 1);
        harvest(warmFile, WARMUP_DATASETS, work.resolve("warmup-store"), true, new PhaseClock());
        RawLoad.load(warmFile, "basic", work.resolve("warmup-tdb2-basic"));
        RawLoad.load(warmFile, "parallel", work.resolve("warmup-tdb2-parallel"));
        System.out.println("warm-up done (" + WARMUP_DATASETS + " datasets)");

        Path file = work.resolve("dcat-" + n + "-" + seed + ".ttl");
        long triples = generate(file, n, seed);
        System.out.printf(Locale.ROOT, "file %s: %d datasets, %d triples, %d bytes (seed %d)%n",
                file, n, triples, Files.size(file), seed);

        // The raw loads take seconds, so a moment of load elsewhere moves them a lot: each is run once
        // before our harvest and twice after, and the median is kept. CPU time (all threads, GC
        // included) is given beside wall time: on a shared machine it moves much less.
        // Beside the source file, the loader also stores what the harvest stored (record graphs with their
        // provenance, the quality graph, the run): the floor any pipeline storing those quads stands on.
        Timing[] basics = new Timing[RAW_RUNS];
        Timing[] parallels = new Timing[RAW_RUNS];
        Timing[] storedLoads = new Timing[RAW_RUNS];
        Timing ours = null;
        PhaseClock phases = new PhaseClock();
        Path stored = work.resolve("dcat-stored.nq");
        long storedQuads = 0;
        for (int i = 0; i < RAW_RUNS; i++) {
            basics[i] = RawLoad.load(file, "basic", work.resolve("dcat-tdb2-basic"));
            parallels[i] = RawLoad.load(file, "parallel", work.resolve("dcat-tdb2-parallel"));
            if (i == 0) {
                ours = harvest(file, n, work.resolve("dcat-store"), false, phases);
                storedQuads = dumpStored(work.resolve("dcat-store"), stored);
            }
            storedLoads[i] = RawLoad.load(stored, "basic", work.resolve("dcat-tdb2-stored"));
        }
        Timing basic = Timing.median(basics);
        Timing parallel = Timing.median(parallels);
        Timing storedLoad = Timing.median(storedLoads);
        System.out.printf(Locale.ROOT, "%nours (HarvestRunner, dcat):  %s%n", ours.describe(triples));
        System.out.printf(Locale.ROOT, "raw TDB2 basic loader (median of %d): %s%n", RAW_RUNS, basic.describe(triples));
        System.out.printf(Locale.ROOT, "raw TDB2 parallel loader (median of %d): %s%n", RAW_RUNS, parallel.describe(triples));
        System.out.printf(Locale.ROOT, "ratio ours/raw basic: wall %.3f, CPU %.3f (target >= %.1f: %s)%n",
                basic.wall() / ours.wall(), basic.cpu() / ours.cpu(), TARGET_RATIO,
                basic.wall() / ours.wall() >= TARGET_RATIO ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "ratio ours/raw parallel: wall %.3f, CPU %.3f%n",
                parallel.wall() / ours.wall(), parallel.cpu() / ours.cpu());
        System.out.printf(Locale.ROOT, "raw TDB2 basic loader of the %,d quads the harvest stored (median of %d): %s%n",
                storedQuads, RAW_RUNS, storedLoad.describe(triples));
        System.out.printf(Locale.ROOT, "ceiling of the ratio for any pipeline storing those quads (raw source / raw stored):"
                + " wall %.3f, CPU %.3f%n", basic.wall() / storedLoad.wall(), basic.cpu() / storedLoad.cpu());
        System.out.printf(Locale.ROOT, "ours against storing the same quads raw: wall %.3f, CPU %.3f"
                + " (the rest is parse, validate, hash, index, score)%n",
                storedLoad.wall() / ours.wall(), storedLoad.cpu() / ours.cpu());
        // The search index is updated by a commit listener; its share is shown apart, for whoever works on it.
        double index = phases.seconds("index");
        System.out.printf(Locale.ROOT, "ours without the index phase (%.2f s): %.2f s, ratio to raw basic (wall) %.3f%n",
                index, ours.wall() - index, basic.wall() / (ours.wall() - index));
    }

    /** Harvests {@code file} into an empty catalogue; the run's seconds. Fails when not all N datasets were stored. */
    private static Timing harvest(Path file, int n, Path storeDir, boolean quiet, PhaseClock phases) {
        try (Catalog catalog = HarvestBench.emptyCatalog(storeDir)) {
            long t0 = System.nanoTime();
            long cpu0 = HarvestBench.processCpuNanos();
            phases.start();
            RunReport report = HarvestBench.harvest(catalog, "bench-dcat", SourceType.DCAT, file, phases);
            Timing timing = Timing.since(t0, cpu0);
            if (!quiet) {
                System.out.println(phases.summary(System.nanoTime()));
            }
            CatalogStats stats = catalog.stats();
            long datasets = stats.count(DCAT.Dataset.getURI());
            if (!quiet) {
                System.out.print(report.toText().lines().limit(8).reduce("", (a, b) -> a + b + System.lineSeparator()));
                System.out.printf(Locale.ROOT, "store after harvest: %d records, %d triples, %d dcat:Dataset%n",
                        stats.records(), stats.triples(), datasets);
            }
            if (report.counts().rejected() != 0 || datasets != n || report.status() != RunReport.Status.COMPLETED) {
                throw new IllegalStateException("The harvest did not store all " + n + " datasets (stored " + datasets
                        + ", rejected " + report.counts().rejected() + "): the figure would mean nothing."
                        + System.lineSeparator() + report.toText().lines().limit(5).toList());
            }
            return timing;
        }
    }

    /** Writes what the harvest stored in {@code storeDir} as N-Quads; the number of quads. */
    private static long dumpStored(Path storeDir, Path file) {
        try (Catalog catalog = CatalogOpener.open(storeDir, java.util.Optional.of(HarvestBench.BASE_IRI), 8080)) {
            return RawLoad.dumpStore(catalog, file);
        }
    }

    /** Writes N datasets and their producers as Turtle; the number of triples written. */
    static long generate(Path file, int n, long seed) {
        CatalogIris iris = new CatalogIris(HarvestBench.BASE_IRI);
        RecordSource source = new RecordSource("urn:bench:generator", "bench-generator");
        HdhCatalogueReader reader = new HdhCatalogueReader(iris, source);
        List<CatalogRecord> templates;
        List<CatalogRecord> producers;
        try {
            templates = new ArrayList<>(reader.datasets(BundledCatalogue.datasets()));
            producers = reader.producers(BundledCatalogue.producers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed);
        Graph out = GraphFactory.createDefaultGraph();
        producers.forEach(p -> p.content().find().forEachRemaining(out::add));
        String prefix = iris.dataset("");
        for (int i = 0; i < n; i++) {
            CatalogRecord t = templates.get(random.nextInt(templates.size()));
            String oldId = t.iri().substring(prefix.length());
            String newId = String.format(Locale.ROOT, "bench-%07d", i);
            String suffix = String.format(Locale.ROOT, " (%d, %08x)", i, random.nextInt());
            t.content().find().forEachRemaining(tr -> out.add(Triple.create(
                    rename(tr.getSubject(), t.iri(), iris.dataset(newId)),
                    tr.getPredicate(),
                    object(tr, oldId, newId, suffix, t.iri(), iris.dataset(newId)))));
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, out, RDFFormat.TURTLE_BLOCKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static Node object(Triple tr, String oldId, String newId, String suffix, String oldIri, String newIri) {
        Node o = tr.getObject();
        if (o.isURI()) {
            return rename(o, oldIri, newIri);
        }
        if (o.isLiteral() && tr.getPredicate().equals(DCTerms.identifier.asNode()) && o.getLiteralLexicalForm().equals(oldId)) {
            return NodeFactory.createLiteralString(newId);
        }
        if (o.isLiteral() && tr.getPredicate().equals(DCTerms.title.asNode()) && !o.getLiteralLanguage().isEmpty()) {
            return NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + suffix, o.getLiteralLanguage());
        }
        return o;
    }

    /** The node under the new dataset IRI when it is the old one or one of its parts ({@code #x}, {@code /x}). */
    private static Node rename(Node node, String oldIri, String newIri) {
        if (!node.isURI()) {
            return node;
        }
        String uri = node.getURI();
        if (uri.equals(oldIri) || uri.startsWith(oldIri + "#") || uri.startsWith(oldIri + "/")) {
            return NodeFactory.createURI(newIri + uri.substring(oldIri.length()));
        }
        return node;
    }
}
