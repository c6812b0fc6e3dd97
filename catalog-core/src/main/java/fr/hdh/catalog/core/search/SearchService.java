package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.CommittedRecord;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store and answers searches. The store is the truth: after
 * every committed change the records written are read back and their documents replaced; at start-up
 * {@link #synchronize} compares each record's content hash with the one the index holds and reindexes
 * what differs (after a crash between the store's commit and the index's, say); {@link #rebuild} starts
 * from nothing.
 *
 * <pre>
 * SearchService search = catalog.search();
 * SearchResult r = search.search(SearchQuery.text("diagnostic principal").withFilter(Facet.KIND, "variable"));
 * </pre>
 */
public final class SearchService implements AutoCloseable {
    /** Documents gathered before they are handed to the index in one update; bounds memory during bulk loads. */
    static final int BATCH_DOCUMENTS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final SearchIndex index;
    private final StoredRecords stored;
    /** The threads whose commits are indexed in the background, and their queues. */
    private final Map<Thread, BackgroundIndexing> background = new ConcurrentHashMap<>();

    public SearchService(SearchIndex index, CatalogStore store) {
        this.index = index;
        this.stored = new StoredRecords(store);
    }

    /** What a synchronisation or rebuild did. */
    public record SyncReport(int reindexed, int removed, long documents, long millis) {
        public boolean inStep() {
            return reindexed == 0 && removed == 0;
        }
    }

    /**
     * The commit listener: reindexes the records just written, at once, or on the background thread when
     * the committing thread opened one ({@link #inBackground}). A failure here is logged, not thrown:
     * the store has committed, and the next start-up repairs the index.
     */
    public void recordsCommitted(List<CommittedRecord> committed) {
        BackgroundIndexing queue = background.get(Thread.currentThread());
        if (queue != null) {
            queue.submit(committed);
            return;
        }
        try {
            index(committed, Progress.NONE);
        } catch (RuntimeException e) {
            LOG.error("Search index not updated for {} record(s); it will be repaired at the next start", committed.size(), e);
        }
    }

    /**
     * From now until the returned queue is drained (or closed), the commits of the calling thread are
     * indexed on a background thread, in order; other threads' commits are still indexed at once.
     *
     * @throws IllegalStateException when the calling thread has such a queue open already
     */
    public BackgroundIndexing inBackground() {
        Thread owner = Thread.currentThread();
        BackgroundIndexing[] opened = new BackgroundIndexing[1];
        background.compute(owner, (t, existing) -> {
            if (existing != null) {
                throw new IllegalStateException("This thread already indexes in the background");
            }
            opened[0] = new BackgroundIndexing(committed -> index(committed, Progress.NONE),
                    () -> background.remove(owner));
            return opened[0];
        });
        return opened[0];
    }

    /** Brings the index in step with the store, reindexing only the records that differ. */
    public SyncReport synchronize(Progress progress) {
        long start = System.nanoTime();
        Map<String, String> inStore = stored.hashes();
        Map<String, String> inIndex = index.indexedRecords();
        List<String> stale = new ArrayList<>();
        inStore.forEach((iri, hash) -> {
            if (!hash.equals(inIndex.get(iri))) {
                stale.add(iri);
            }
        });
        List<String> gone = inIndex.keySet().stream().filter(iri -> !inStore.containsKey(iri)).toList();
        if (!gone.isEmpty()) {
            index.update(List.of(), gone);
        }
        if (!stale.isEmpty()) {
            LOG.info("Search index out of step with the store: reindexing {} record(s), removing {}", stale.size(), gone.size());
            reindex(stale, progress);
        }
        return new SyncReport(stale.size(), gone.size(), index.documentCount(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Empties the index and reads every record again. */
    public SyncReport rebuild(Progress progress) {
        long start = System.nanoTime();
        index.clear();
        List<String> all = List.copyOf(stored.hashes().keySet());
        reindex(all, progress);
        return new SyncReport(all.size(), 0, index.documentCount(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads the given records from the store and replaces their documents. */
    void reindex(Collection<String> recordIris, Progress progress) {
        stored.read(() -> {
            index(recordIris.stream().map(iri -> new CommittedRecord(iri, stored.graph(iri))).toList(), progress);
            return null;
        });
    }

    /**
     * Replaces the documents of the given records (withdrawn or vanished ones are removed), handing them
     * to the index in batches of about {@value #BATCH_DOCUMENTS} documents.
     */
    private void index(List<CommittedRecord> records, Progress progress) {
        List<IndexedRecord> batch = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        int pending = 0;
        int done = 0;
        for (CommittedRecord record : records) {
            Optional<String> hash = StoredRecords.liveHash(record.iri(), record.stored());
            if (hash.isEmpty()) {
                gone.add(record.iri());
            } else {
                List<SearchDocument> docs = SearchDocuments.of(record.iri(), record.stored());
                batch.add(new IndexedRecord(record.iri(), hash.get(), docs, SearchDocuments.mappings(record.iri(), record.stored())));
                pending += docs.size() + 1;
            }
            if (pending >= BATCH_DOCUMENTS) {
                index.update(batch, gone);
                batch.clear();
                gone.clear();
                pending = 0;
            }
            progress.update("index", ++done, records.size());
        }
        if (!batch.isEmpty() || !gone.isEmpty()) {
            index.update(batch, gone);
        }
    }

    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    /** Completions of {@code prefix}, at most {@code limit} (capped at 20). */
    public List<Suggestion> suggest(String prefix, int limit) {
        if (prefix.length() > SearchQuery.MAX_TEXT) {
            throw new InvalidQueryException("The text to complete is " + prefix.length()
                    + " characters long; at most " + SearchQuery.MAX_TEXT + " are accepted.");
        }
        return index.suggest(prefix.strip(), Math.max(1, Math.min(limit, 20)));
    }

    /** Items matching {@code text}, best first, for joins with graph patterns (SPARQL). */
    public List<SearchIndex.ScoredItem> find(String text, Collection<ItemKind> kinds, int limit) {
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw new InvalidQueryException("The search text is longer than " + SearchQuery.MAX_TEXT + " characters.");
        }
        return index.find(text.strip(), kinds, Math.max(1, Math.min(limit, SearchQuery.MAX_DEPTH)));
    }

    /** Searchable documents in the index. */
    public long documentCount() {
        return index.documentCount();
    }

    @Override
    public void close() {
        index.close();
    }
}
