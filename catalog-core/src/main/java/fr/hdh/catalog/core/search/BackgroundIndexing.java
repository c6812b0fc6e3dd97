package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.record.CommittedRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the commits of one thread (a harvest run) on a background thread of its own, in commit
 * order, while that thread goes on reading, validating and writing: on two cores the index's work
 * overlaps the rest instead of adding to it. The queue is bounded ({@value #CAPACITY} commits), so a
 * writer faster than the index waits rather than holding every written graph in memory.
 *
 * <p>The store stays the truth: until {@link #drain} returns, searches may miss the last commits; a
 * commit the index failed to take is logged, counted and reported by {@link #drain}, and the next
 * start-up's check ({@link SearchService#synchronize}) repairs the index from the store, as after a
 * crash. Opened by {@link SearchService#inBackground()}; closing drains.
 *
 * <pre>
 * try (BackgroundIndexing indexing = catalog.search().inBackground()) {
 *     records.putValidated(batch, progress);          // indexed meanwhile, on the other thread
 *     BackgroundIndexing.Drained done = indexing.drain();
 * }
 * </pre>
 */
public final class BackgroundIndexing implements AutoCloseable {
    /** Commits waiting at most; a writer that gets this far ahead waits. */
    static final int CAPACITY = 2;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundIndexing.class);
    private static final List<CommittedRecord> END = List.of();

    private final BlockingQueue<List<CommittedRecord>> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Consumer<List<CommittedRecord>> indexer;
    private final Runnable onClosed;
    private final Thread worker;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private final Object drainLock = new Object();
    private Drained drained;

    /** What the background thread did, once the queue is empty and the thread has ended. */
    public record Drained(long indexedRecords, long failedRecords, Optional<String> firstFailure) {
        public boolean complete() {
            return failedRecords == 0;
        }
    }

    /**
     * @param indexer indexes one commit's records (throws when it cannot)
     * @param onClosed called when draining starts (to stop routing commits here)
     */
    BackgroundIndexing(Consumer<List<CommittedRecord>> indexer, Runnable onClosed) {
        this.indexer = indexer;
        this.onClosed = onClosed;
        this.worker = new Thread(this::work, "search-indexing");
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues one commit's records, waiting while the queue is full. */
    void submit(List<CommittedRecord> committed) {
        if (committed.isEmpty()) {
            return;
        }
        put(committed);
    }

    /**
     * Waits until every queued commit is indexed, then stops the thread; what it did. Commits made
     * after this call are indexed at once, as without a background queue. Idempotent.
     */
    public Drained drain() {
        synchronized (drainLock) {
            if (drained == null) {
                onClosed.run();
                put(END);
                join();
                drained = new Drained(indexed.get(), failed.get(),
                        Optional.ofNullable(firstFailure.get()).map(Throwable::toString));
            }
            return drained;
        }
    }

    @Override
    public void close() {
        drain();
    }

    private void put(List<CommittedRecord> item) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    queue.put(item);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;   // the commit is in the store: it must reach the queue all the same
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void join() {
        boolean interrupted = false;
        try {
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void work() {
        while (true) {
            List<CommittedRecord> committed;
            try {
                committed = queue.take();
            } catch (InterruptedException e) {
                continue;   // only drain ends this thread, so nothing queued is lost
            }
            if (committed == END) {
                return;
            }
            try {
                indexer.accept(committed);
                indexed.addAndGet(committed.size());
            } catch (RuntimeException | Error e) {
                // Keep taking: a writer waiting on a full queue must not hang, and later commits may index.
                LOG.error("Search index not updated for {} record(s); it will be repaired at the next start",
                        committed.size(), e);
                failed.addAndGet(committed.size());
                firstFailure.compareAndSet(null, e);
            }
        }
    }
}
