package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.IndexedRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a large update between the calling thread and helper threads, each turning its share of the
 * records into documents and handing them to Lucene's writer (which takes documents from several threads,
 * each into its own in-memory segment). Analysis is most of the cost of indexing: on two cores this
 * nearly halves the time of a bulk load.
 */
final class ParallelWriter implements AutoCloseable {
    @FunctionalInterface
    interface Share {
        void write(List<IndexedRecord> records) throws IOException;
    }

    private final int threads;
    private final ExecutorService helpers;

    /** {@code threads} writers in all, the caller included; one means the caller writes alone. */
    ParallelWriter(int threads) {
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, r -> {
            Thread t = new Thread(r, "hdh-search-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes {@code records} in {@code threads} shares of about the same number of documents; returns when all are written. */
    void run(List<IndexedRecord> records, Share share) throws IOException {
        List<List<IndexedRecord>> shares = split(records);
        if (helpers == null || shares.size() == 1) {
            share.write(records);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<IndexedRecord> s : shares.subList(1, shares.size())) {
            running.add(helpers.submit(() -> {
                share.write(s);
                return null;
            }));
        }
        Throwable failure = null;
        try {
            share.write(shares.get(0));
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new InterruptedIOException("Interrupted while indexing");
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IOException("A search index writer failed", failure);
        }
    }

    private List<List<IndexedRecord>> split(List<IndexedRecord> records) {
        long total = records.stream().mapToLong(r -> r.documents().size() + 1).sum();
        long perShare = (total + threads - 1) / threads;
        List<List<IndexedRecord>> shares = new ArrayList<>();
        List<IndexedRecord> current = new ArrayList<>();
        long inCurrent = 0;
        for (IndexedRecord r : records) {
            current.add(r);
            inCurrent += r.documents().size() + 1;
            if (inCurrent >= perShare && shares.size() < threads - 1) {
                shares.add(current);
                current = new ArrayList<>();
                inCurrent = 0;
            }
        }
        if (!current.isEmpty()) {
            shares.add(current);
        }
        return shares;
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
