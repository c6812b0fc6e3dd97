package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.IndexedRecord;
import fr.hdh.catalog.core.search.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds records to the index writer, each record's documents (its items, then its marker) as one block,
 * from up to {@link #THREADS} threads when an update is large: analysis is most of indexing, and
 * Lucene's writer takes documents from several threads at once, each into a segment of its own. Items
 * get their {@link Fields#SEQ} here, in the order of the records, whichever thread adds them.
 */
final class RecordWriter implements AutoCloseable {
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Below this many items an update is added by the calling thread: handing it over would cost more than it saves. */
    static final int PARALLEL_FROM = 2_000;
    /** Items per task handed to a thread: small enough to share a batch evenly, large enough to be worth a hand-over. */
    private static final int TASK_ITEMS = 500;

    private final IndexWriter writer;
    private final Documents documents;
    private final ExecutorService threads;
    private final LongSupplier lastSeq;
    /** The next {@link Fields#SEQ} to give; 0 until the first add has asked {@link #lastSeq}. */
    private long nextSeq;

    /**
     * {@code lastSeq} gives the highest {@link Fields#SEQ} the index already holds (0 when empty); it is
     * asked at the first add, not here: a start that writes nothing need not sort the whole index.
     */
    RecordWriter(IndexWriter writer, Documents documents, LongSupplier lastSeq) {
        this.writer = writer;
        this.documents = documents;
        this.lastSeq = lastSeq;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "search-index-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds {@code records}; returns when all are added. */
    void add(List<IndexedRecord> records) throws IOException {
        if (nextSeq == 0) {
            nextSeq = lastSeq.getAsLong() + 1;
        }
        long[] firstSeq = new long[records.size()];
        int items = 0;
        for (int i = 0; i < records.size(); i++) {
            firstSeq[i] = nextSeq;
            nextSeq += records.get(i).documents().size();
            items += records.get(i).documents().size();
        }
        if (THREADS == 1 || items < PARALLEL_FROM) {
            add(records, firstSeq, 0, records.size());
            return;
        }
        List<Future<?>> tasks = new ArrayList<>();
        int from = 0;
        int taskItems = 0;
        for (int i = 0; i < records.size(); i++) {
            taskItems += records.get(i).documents().size();
            if (taskItems >= TASK_ITEMS || i == records.size() - 1) {
                int start = from;
                int end = i + 1;
                tasks.add(threads.submit(() -> {
                    add(records, firstSeq, start, end);
                    return null;
                }));
                from = end;
                taskItems = 0;
            }
        }
        awaitAll(tasks);
    }

    /**
     * Writes the documents buffered in memory to segments, from the writer threads at once: a commit then
     * has little left to write on the calling thread (it wrote them all, alone, while the writer threads
     * waited: an eighth of a bulk load's time on two cores).
     */
    void flush() throws IOException {
        if (THREADS == 1) {
            return;
        }
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(threads.submit(() -> {
                // each call writes the largest buffer no other thread is writing; false when none is left
                while (writer.flushNextBuffer()) {
                    // next buffer
                }
                return null;
            }));
        }
        awaitAll(tasks);
    }

    private void add(List<IndexedRecord> records, long[] firstSeq, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            IndexedRecord record = records.get(i);
            List<Document> docs = new ArrayList<>(record.documents().size() + 1);
            long seq = firstSeq[i];
            for (SearchDocument doc : record.documents()) {
                docs.add(documents.item(doc, seq++));
            }
            for (fr.hdh.catalog.core.search.MappedText mapped : record.mappings()) {
                docs.add(Documents.mapping(record.recordIri(), mapped));
            }
            docs.add(Documents.recordMarker(record.recordIri(), record.contentHash()));
            writer.addDocuments(docs);
        }
    }

    /** Waits for every task, even after one failed (none may still write once the update returns); then throws the first failure. */
    private static void awaitAll(List<Future<?>> tasks) throws IOException {
        Throwable failure = null;
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new UncheckedIOException(new IOException("Indexing was interrupted", failure));
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
