package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogStats;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.file.ClasspathFiles;
import fr.hdh.catalog.harvest.run.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.SKOS;

/**
 * The whole SNDS dictionary (188 Table Schema tables and the nomenclatures beside them, as bundled in
 * the harvesters jar under {@code hdh/demo/snds/}) harvested into an empty on-disk catalogue through
 * the real {@code HarvestRunner} with the Table Schema harvester, as {@code hdh harvest once --type
 * tableschema} does it. Target: at most 30 s for the run. The bundled folder is first copied out of the
 * jar to a plain folder (not timed), since a source's location is a path name. The same folder is then
 * harvested again: nothing changed, so nothing is written (the content hashes match). Last, TDB2's
 * basic loader stores the very quads the harvest stored (dumped as N-Quads), for the floor under it.
 *
 * <pre>
 * java -Xmx3g -cp target/benchmarks.jar fr.hdh.catalog.bench.harvest.SndsHarvestBenchmark [WORK_DIR]
 * </pre>
 */
public final class SndsHarvestBenchmark {
    private static final double TARGET_SECONDS = 30;
    private static final String CSVW = "http://www.w3.org/ns/csvw#";

    private SndsHarvestBenchmark() {}

    public static void main(String[] args) {
        Path work = Path.of(args.length > 0 ? args[0] : "target/harvest-bench");
        Path snds = work.resolve("snds");
        copyBundled(ClasspathFiles.path("hdh/demo/snds/README.md").getParent(), snds);
        long tables = count(snds.resolve("schemas"));
        long nomenclatures = count(snds.resolve("nomenclatures"));
        System.out.printf(Locale.ROOT, "SNDS dictionary: %d schema files, %d nomenclature files, in %s%n",
                tables, nomenclatures, snds);

        long t0 = System.nanoTime();
        double run;
        Path stored = work.resolve("snds-stored.nq");
        long storedQuads;
        try (Catalog catalog = HarvestBench.emptyCatalog(work.resolve("snds-store"))) {
            long t1 = System.nanoTime();
            long cpu1 = HarvestBench.processCpuNanos();
            PhaseClock phases = new PhaseClock();
            RunReport report = HarvestBench.harvest(catalog, "bench-snds", SourceType.TABLESCHEMA, snds, phases);
            long t2 = System.nanoTime();
            long cpu2 = HarvestBench.processCpuNanos();
            System.out.println(phases.summary(t2));
            CatalogStats stats = catalog.stats();
            System.out.print(report.toText().lines().limit(12).reduce("", (a, b) -> a + b + System.lineSeparator()));
            System.out.printf(Locale.ROOT, "store: %d records, %d triples, %d dcat:Dataset%n",
                    stats.records(), stats.triples(), stats.count(DCAT.Dataset.getURI()));
            System.out.printf(Locale.ROOT, "store: %d csvw:Table, %d csvw:Column, %d skos:ConceptScheme%n",
                    stats.count(CSVW + "Table"), stats.count(CSVW + "Column"), stats.count(SKOS.ConceptScheme.getURI()));
            run = HarvestBench.seconds(t2 - t1);
            System.out.printf(Locale.ROOT, "open empty catalogue: %.2f s%n", HarvestBench.seconds(t1 - t0));
            System.out.printf(Locale.ROOT, "SNDS harvest run (read, validate, write, index, score): %.2f s"
                    + " (target <= %.0f s: %s)%n", run, TARGET_SECONDS, run <= TARGET_SECONDS ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "status %s, rejected %d%n", report.status(), report.counts().rejected());
            System.out.printf(Locale.ROOT, "CPU time of the run (all threads, GC included): %.2f s%n", HarvestBench.seconds(cpu2 - cpu1));

            PhaseClock again = new PhaseClock();
            long t3 = System.nanoTime();
            long cpu3 = HarvestBench.processCpuNanos();
            RunReport second = HarvestBench.harvest(catalog, "bench-snds", SourceType.TABLESCHEMA, snds, again);
            long t4 = System.nanoTime();
            long cpu4 = HarvestBench.processCpuNanos();
            System.out.println(again.summary(t4));
            System.out.printf(Locale.ROOT, "second run, nothing changed (read, validate, hash check): %.2f s;"
                    + " unchanged %d, added %d, changed %d%n", HarvestBench.seconds(t4 - t3), second.counts().unchanged(),
                    second.counts().added(), second.counts().changed());
            System.out.printf(Locale.ROOT, "CPU time of the second run: %.2f s%n", HarvestBench.seconds(cpu4 - cpu3));
            storedQuads = RawLoad.dumpStore(catalog, stored);
        }
        // The floor under the run: TDB2's basic loader storing exactly the quads the harvest stored.
        RawLoad.Timing floor = RawLoad.load(stored, "basic", work.resolve("snds-tdb2-stored"));
        System.out.printf(Locale.ROOT, "raw TDB2 basic loader of the %,d quads the harvest stored: %.2f s wall, %.2f s CPU;"
                + " the harvest run took %.2f times as long%n", storedQuads, floor.wall(), floor.cpu(), run / floor.wall());
    }

    /** Copies the bundled folder (perhaps inside the jar) to {@code target}, once. */
    static void copyBundled(Path from, Path target) {
        if (Files.isDirectory(target.resolve("schemas"))) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + target, e);
        }
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
