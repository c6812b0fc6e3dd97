package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What both harvest benchmarks share: an empty store, and a run exactly as {@code hdh harvest once} does it. */
final class HarvestBench {
    /** The base IRI of the benchmark stores. */
    static final String BASE_IRI = "http://bench.example/";

    private HarvestBench() {}

    /** Deletes {@code dir} and everything under it, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a new, empty on-disk catalogue in {@code dir} (emptied first) as the CLI opens one. */
    static Catalog emptyCatalog(Path dir) {
        deleteTree(dir);
        return CatalogOpener.open(dir, Optional.of(BASE_IRI), 8080);
    }

    /** Harvests {@code location} once, as {@code hdh harvest once --type TYPE LOCATION} does. */
    static RunReport harvest(Catalog catalog, String id, SourceType type, Path location) {
        return harvest(catalog, id, type, location, Progress.NONE);
    }

    /** The same, reporting to {@code progress} (a {@link PhaseClock} to split the time). */
    static RunReport harvest(Catalog catalog, String id, SourceType type, Path location, Progress progress) {
        HarvestSource source = new HarvestSource(id, type, location.toAbsolutePath().toString(), Optional.empty(), Set.of());
        return new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults()).run(source, progress);
    }

    /**
     * The CPU time this JVM has used so far, all threads and the garbage collector included. On a shared
     * machine the wall time of a run moves with what else runs; its CPU time moves much less.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
