package fr.hdh.catalog.bench.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples, every few milliseconds, the heap left in use after the latest collection of each pool:
 * what the program really holds (its live set), as opposed to the heap's peak, which also counts
 * garbage not yet collected. Its maximum over an export is the memory the export needs.
 */
final class LiveHeapSampler implements AutoCloseable {
    private static final long PERIOD_MILLIS = 20;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final Thread thread = new Thread(this::sample, "live-heap-sampler");
    private volatile boolean running = true;
    private volatile long peak;

    private LiveHeapSampler() {
        thread.setDaemon(true);
    }

    static LiveHeapSampler start() {
        LiveHeapSampler sampler = new LiveHeapSampler();
        sampler.thread.start();
        return sampler;
    }

    long peakBytes() {
        return Math.max(peak, current());
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, current());
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long current() {
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            used += afterGc == null ? 0 : afterGc.getUsed();
        }
        return used;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
