package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The baselines the harvest is set against: a raw TDB2 bulk load ({@link LoaderFactory}'s basic or
 * parallel loader) of a file into an empty location, timed connect included; and the file of every
 * quad a harvest stored, so the same loader can time storing exactly that (the floor any pipeline
 * writing those quads stands on).
 */
final class RawLoad {
    private RawLoad() {}

    /** Wall and CPU seconds of one run. */
    record Timing(double wall, double cpu) {
        static Timing since(long wallStart, long cpuStart) {
            return new Timing(HarvestBench.seconds(System.nanoTime() - wallStart),
                    HarvestBench.seconds(HarvestBench.processCpuNanos() - cpuStart));
        }

        /** The run of median wall time. */
        static Timing median(Timing[] runs) {
            Timing[] sorted = runs.clone();
            Arrays.sort(sorted, Comparator.comparingDouble(Timing::wall));
            return sorted[sorted.length / 2];
        }

        String describe(long triples) {
            return String.format(Locale.ROOT, "%8.2f s wall (%,10.0f triples/s), %8.2f s CPU", wall, triples / wall, cpu);
        }
    }

    /** Loads {@code file} with the {@code basic} or {@code parallel} loader into {@code dir}, emptied first. */
    static Timing load(Path file, String kind, Path dir) {
        HarvestBench.deleteTree(dir);
        long t0 = System.nanoTime();
        long cpu0 = HarvestBench.processCpuNanos();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        DataLoader loader = "basic".equals(kind) ? LoaderFactory.basicLoader(dsg, (fmt, a) -> {})
                : LoaderFactory.parallelLoader(dsg, (fmt, a) -> {});
        loader.startBulk();
        try {
            loader.load(file.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        Timing timing = Timing.since(t0, cpu0);
        System.out.printf(Locale.ROOT, "raw %s loader: %d triples, %d quads loaded from %s in %.2f s wall, %.2f s CPU%n",
                kind, loader.countTriples(), loader.countQuads(), file.getFileName(), timing.wall(), timing.cpu());
        return timing;
    }

    /** Writes every quad of the catalogue's store to {@code file} as N-Quads; the number of quads. */
    static long dumpStore(Catalog catalog, Path file) {
        DatasetGraph dsg = catalog.store().datasetGraph();
        return catalog.store().read(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
