package fr.hdh.catalog.core.search;

import java.util.List;

/**
 * A record as the index holds it: its documents and the content hash of the stored version they were
 * read from, so the index can tell, at start-up, whether it is in step with the store.
 *
 * @param recordIri the record (named graph)
 * @param contentHash {@code hdh:contentHash} of the version indexed
 * @param documents its search documents (none for a record with nothing to search, which is still remembered)
 * @param mappings what its mappings say the items they map mean (a mapping set's record), searched apart from the items
 */
public record IndexedRecord(String recordIri, String contentHash, List<SearchDocument> documents, List<MappedText> mappings) {
    public IndexedRecord {
        documents = List.copyOf(documents);
        mappings = List.copyOf(mappings);
    }

    /** A record without mappings. */
    public IndexedRecord(String recordIri, String contentHash, List<SearchDocument> documents) {
        this(recordIri, contentHash, documents, List.of());
    }
}
