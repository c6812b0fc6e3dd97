package fr.hdh.catalog.core.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The search port: a full-text index of the catalogue's items, derived from the store and rebuilt from
 * it at will. The Lucene adapter ({@code core.search.lucene}) is the implementation; no Lucene type
 * crosses this interface.
 *
 * <p>Changes come in batches; searches see them as soon as the call returns. An adapter may make them
 * durable later (at the latest when it is closed): what a crash loses, the records' content hashes
 * ({@link #indexedRecords}) let {@code SearchService.synchronize} find and reindex from the store.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Replaces every document of the records named in {@code put} and {@code remove}: the documents of
     * {@code put} are added, the records in {@code remove} leave the index. A record's documents and its
     * content hash are made durable together or not at all.
     */
    void update(List<IndexedRecord> put, Collection<String> remove);

    /** Removes everything (before a rebuild). */
    void clear();

    /** Record IRI to content hash of every record the index holds. */
    Map<String, String> indexedRecords();

    /** Number of searchable documents. */
    long documentCount();

    SearchResult search(SearchQuery query);

    /** Completions of what the user is typing, best first; at most {@code limit}. */
    List<Suggestion> suggest(String prefix, int limit);

    /**
     * Items of the given kinds whose text matches {@code text}, best first, without facets or snippets
     * (for SPARQL joins, where the graph gives the rest).
     */
    List<ScoredItem> find(String text, Collection<ItemKind> kinds, int limit);

    @Override
    void close();

    /** An item and its relevance score. */
    record ScoredItem(String iri, ItemKind kind, float score) {}
}
