package fr.hdh.catalog.bench.export;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.web.cli.StoreExport;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The whole-catalogue export as {@code hdh export} runs it ({@link StoreExport}, N-Quads), timed over
 * the demo store: statements per second, bytes, and the peak heap during the export. Run it with a
 * small heap ({@code -Xmx256m}, a quarter of what the N-Quads alone weigh in memory) to show the
 * export streams with flat memory. The output goes to a counting sink, so the figure is the store's
 * and the writer's speed, not the disk's. Only the TDB2 store is opened (no search index).
 *
 * <pre>
 * java -Xmx256m -cp target/benchmarks.jar fr.hdh.catalog.bench.export.ExportBenchmark STORE_DIR [ROUNDS]
 * </pre>
 */
public final class ExportBenchmark {
    /** The speed the issue asks for. */
    static final double TARGET_TRIPLES_PER_SECOND = 50_000;

    /** One timed export. */
    record Run(long statements, long bytes, long nanos, long peakHeapBytes, long peakLiveBytes) {
        double statementsPerSecond() {
            return statements / (nanos / 1e9);
        }
    }

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExportBenchmark STORE_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("no store in " + dir + ": build it with DemoStoreLoader first");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (CatalogStore store = CatalogStore.open(dir)) {
            StoreExport export = new StoreExport(store);
            System.gc();
            System.out.printf(Locale.ROOT, "heap in use with the store open, before any export: %,d MB%n",
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            Run warmUp = once(export);
            System.out.printf(Locale.ROOT, "warm-up: %s%n", describe(warmUp));
            Run[] runs = new Run[rounds];
            for (int i = 0; i < rounds; i++) {
                runs[i] = once(export);
                System.out.printf(Locale.ROOT, "run %d: %s%n", i + 1, describe(runs[i]));
            }
            report(runs);
        }
    }

    private static Run once(StoreExport export) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingSink sink = new CountingSink();
        try (LiveHeapSampler live = LiveHeapSampler.start()) {
            long start = System.nanoTime();
            long statements = export.writeTo(sink, StoreExport.Format.NQUADS);
            long nanos = System.nanoTime() - start;
            return new Run(statements, sink.bytes, nanos, peakHeap(), live.peakBytes());
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String describe(Run run) {
        return String.format(Locale.ROOT, "%,d statements, %,d bytes in %.2f s = %,.0f statements/s, "
                        + "peak heap %,d MB, peak live heap after GC %,d MB", run.statements(), run.bytes(), run.nanos() / 1e9,
                run.statementsPerSecond(), run.peakHeapBytes() >> 20, run.peakLiveBytes() >> 20);
    }

    private static void report(Run[] runs) {
        double[] speeds = Arrays.stream(runs).mapToDouble(Run::statementsPerSecond).sorted().toArray();
        double median = speeds[speeds.length / 2];
        long peak = Arrays.stream(runs).mapToLong(Run::peakHeapBytes).max().orElse(0);
        long live = Arrays.stream(runs).mapToLong(Run::peakLiveBytes).max().orElse(0);
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        System.out.printf(Locale.ROOT, "export (N-Quads, %,d statements): median %,.0f statements/s — target >= %,.0f: %s; "
                        + "peak heap %,d MB, peak live heap after GC %,d MB, max heap %,d MB; %d GCs in all%n",
                runs[0].statements(), median, TARGET_TRIPLES_PER_SECOND, median >= TARGET_TRIPLES_PER_SECOND ? "met" : "NOT met",
                peak >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20, gcs);
    }

    /** Counts the bytes written and keeps none. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
