package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs harvests in the server on one thread, so two runs never overlap: the sources with an interval
 * on a fixed delay (the first run one interval after start), and on-demand runs from the admin API.
 * A source added or removed through the API is scheduled or unscheduled at once. After a run that left
 * the store much larger (a large harvest), the store is compacted online on the same thread.
 */
final class HarvestScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestScheduler.class);
    /** The growth, beyond doubling, after which a run is followed by a compaction. */
    static final long COMPACT_AFTER_BYTES = 64L << 20;

    private final HarvestRunner runner;
    private final SourceRegistry sources;
    private final CatalogStore store;
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    HarvestScheduler(HarvestRunner runner, SourceRegistry sources, CatalogStore store) {
        this.runner = runner;
        this.sources = sources;
        this.store = store;
    }

    synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hdh-harvest");
                t.setDaemon(true);
                return t;
            });
            sources.list().forEach(this::schedule);
        }
    }

    void schedule(HarvestSource source) {
        ScheduledExecutorService ex = executor;
        if (ex == null) {
            return;
        }
        source.interval().ifPresent(every -> scheduled.put(source.id(), ex.scheduleWithFixedDelay(
                () -> runLogged(source.id()), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS)));
    }

    void unschedule(String id) {
        ScheduledFuture<?> f = scheduled.remove(id);
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Queues a run of {@code source} behind any run in progress. */
    Future<RunReport> runNow(HarvestSource source) {
        start();
        return executor.submit(() -> compacted(runner.run(source, Progress.NONE)));
    }

    private void runLogged(String id) {
        try {
            sources.find(id).ifPresent(source -> LOG.info("{}", compacted(runner.run(source, Progress.NONE)).counts()));
        } catch (RuntimeException e) {
            // A failing run must not cancel the schedule of its source.
            LOG.warn("Scheduled harvest of {} failed: {}", id, e.toString());
        }
    }

    /** The run, after compacting the store if the run left it much larger (64 MiB more, and twice its size). */
    private RunReport compacted(RunReport report) {
        if (store.compactIfGrown(COMPACT_AFTER_BYTES)) {
            LOG.info("store compacted after the run of {}: {} bytes on disk", report.sourceId(), store.bytesOnDisk());
        }
        return report;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            scheduled.clear();
        }
    }
}
