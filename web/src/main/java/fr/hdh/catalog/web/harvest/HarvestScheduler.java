package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Progress;
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
 * A source added or removed through the API is scheduled or unscheduled at once.
 */
final class HarvestScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestScheduler.class);

    private final HarvestRunner runner;
    private final SourceRegistry sources;
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    HarvestScheduler(HarvestRunner runner, SourceRegistry sources) {
        this.runner = runner;
        this.sources = sources;
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
        return executor.submit(() -> runner.run(source, Progress.NONE));
    }

    private void runLogged(String id) {
        try {
            sources.find(id).ifPresent(source -> LOG.info("{}", runner.run(source, Progress.NONE).counts()));
        } catch (RuntimeException e) {
            // A failing run must not cancel the schedule of its source.
            LOG.warn("Scheduled harvest of {} failed: {}", id, e.toString());
        }
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
