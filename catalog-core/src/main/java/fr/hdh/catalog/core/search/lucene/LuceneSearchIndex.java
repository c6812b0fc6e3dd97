package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.search.IndexedRecord;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchIndex;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene 9 adapter of the search port: one index (on disk beside the store, or in memory for
 * tests), one document per item plus one marker per record holding the content hash it was read from.
 *
 * <p>Searches see every {@link #update} as soon as it returns: the {@link SearcherManager} is refreshed
 * by the first search after a change, not by the update, so a bulk load of many batches reopens nothing
 * until someone looks. An update is committed (made durable) when the last commit is at least
 * {@link #COMMIT_EVERY_NANOS 10 s} old, and at {@link #close}: a bulk load costs one fsync and one
 * segment flush every few seconds instead of one per batch, and an edit after a quiet spell is committed
 * at once. A crash loses at most the updates since the last commit; a record's documents and its marker
 * go into the same commit, so the at-open check ({@code SearchService.synchronize}) finds such records
 * missing or stale and reindexes them from the store.
 *
 * <p>Large updates are added from a few threads ({@link RecordWriter}); a relevance tie is broken by the
 * order items were added in ({@link Orders}), not by document number, so rankings are the same build after build.
 *
 * <pre>
 * try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of("data/search-index"))) {
 *     SearchResult r = index.search(SearchQuery.text("DGN_PAL"));
 * }
 * </pre>
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** Bump when fields or analysis change: an index of another schema is emptied at open and rebuilt. */
    static final String SCHEMA = "hdh-search-6";
    private static final String SCHEMA_KEY = "schema";
    /** An update is committed when the last commit is older than this (and at close). */
    static final long COMMIT_EVERY_NANOS = 10_000_000_000L;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Documents.facetsConfig();
    private final RecordWriter records;
    private final Searches searches;
    /** Set by an update, cleared by the refresh the next search makes. */
    private volatile boolean unrefreshed;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime() - COMMIT_EVERY_NANOS;

    private LuceneSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        boolean otherSchema = !SCHEMA.equals(committedSchema());
        if (otherSchema) {
            writer.deleteAll();
        }
        this.searchers = new SearcherManager(writer, null);
        this.searches = new Searches(facetsConfig);
        this.records = new RecordWriter(writer, new Documents(facetsConfig), otherSchema ? () -> 0L : this::lastSeq);
        if (otherSchema) {
            commit();
        }
    }

    /** Opens (creating if needed) the index in {@code dir}. */
    public static LuceneSearchIndex open(Path dir) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(dir));
        } catch (LockObtainFailedException e) {
            throw new CatalogException("The search index in " + dir + " is in use by another process.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir, e);
        }
    }

    /** An index in memory, for tests and in-memory catalogues. */
    public static LuceneSearchIndex inMemory() {
        try {
            return new LuceneSearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create an in-memory search index", e);
        }
    }

    @Override
    public synchronized void update(List<IndexedRecord> put, Collection<String> remove) {
        try {
            Set<String> touched = new LinkedHashSet<>(remove);
            put.forEach(r -> touched.add(r.recordIri()));
            for (String iri : touched) {
                writer.deleteDocuments(new Term(Fields.RECORD_IRI, iri));
            }
            records.add(put);
            uncommitted = true;
            unrefreshed = true;
            if (System.nanoTime() - lastCommit >= COMMIT_EVERY_NANOS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            writer.deleteAll();
            commit();
            unrefreshed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    @Override
    public Map<String, String> indexedRecords() {
        return withSearcher(s -> {
            Map<String, String> records = new HashMap<>();
            TermQuery markers = new TermQuery(new Term(Fields.DOC_TYPE, Fields.RECORD));
            int n = Math.max(1, s.count(markers));
            for (ScoreDoc sd : s.search(markers, n).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                records.put(d.get(Fields.RECORD_IRI), d.get(Fields.RECORD_HASH));
            }
            return records;
        });
    }

    @Override
    public long documentCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM))));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return withSearcher(s -> searches.search(s, query));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return withSearcher(s -> Suggester.suggest(s, prefix, limit));
    }

    @Override
    public List<ScoredItem> find(String text, Collection<ItemKind> kinds, int limit) {
        return withSearcher(s -> searches.find(s, text, kinds, limit));
    }

    @Override
    public synchronized void close() {
        try {
            if (uncommitted) {
                commit();
            }
            records.close();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }

    /** The highest {@link Fields#SEQ} of the items indexed (0 when there is none). */
    private long lastSeq() {
        return withSearcher(s -> {
            Sort latestFirst = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG, true));
            ScoreDoc[] top = s.search(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)), 1, latestFirst).scoreDocs;
            return top.length == 0 ? 0L : (Long) ((FieldDoc) top[0]).fields[0];
        });
    }

    private String committedSchema() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (SCHEMA_KEY.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private void commit() throws IOException {
        records.flush();
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            if (unrefreshed) {
                // cleared before the refresh: an update during it sets it again and the next search refreshes once more
                unrefreshed = false;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher s = searchers.acquire();
            try {
                return call.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }
}
