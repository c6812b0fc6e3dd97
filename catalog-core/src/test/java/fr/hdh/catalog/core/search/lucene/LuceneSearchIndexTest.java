package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.search.IndexedRecord;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.LangText;
import fr.hdh.catalog.core.search.SearchDocument;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter: what a restart finds with updates committed lazily, and large updates replaced whole. */
class LuceneSearchIndexTest {
    private static final String BASE = "http://test.example/";

    @TempDir
    Path dir;

    @Test
    void everyUpdateIsSearchableAtOnceAndFoundAgainAfterAClose() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.update(List.of(record("a", 3)), List.of());
            assertEquals(3, index.search(SearchQuery.text("cohorte")).total());
            // within the commit interval of the first: not committed yet, still searchable
            index.update(List.of(record("b", 2)), List.of());
            assertEquals(5, index.search(SearchQuery.text("cohorte")).total());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals(Map.of(BASE + "a", "hash-a", BASE + "b", "hash-b"), index.indexedRecords());
            assertEquals(5, index.documentCount());
        }
    }

    @Test
    void aLargeUpdateHoldsEveryDocumentOnceAndReplacingItDuplicatesNothing() {
        List<IndexedRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(record("r" + i, 20));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.update(records, List.of());
            assertEquals(6_000, index.documentCount());
            assertEquals(300, index.indexedRecords().size());
            // replacing them all replaces, never duplicates
            index.update(records, List.of());
            assertEquals(6_000, index.documentCount());
            assertEquals(6_000, index.search(SearchQuery.text("cohorte")).total());
            assertTrue(index.search(SearchQuery.text("variable r299")).hits().stream()
                    .anyMatch(h -> h.iri().startsWith(BASE + "r299/")));
        }
    }

    @Test
    void equalRanksComeInTheOrderItemsWereAddedWhicheverThreadAddedThemAndAfterARestart() {
        // 4,000 items scored alike (the same title), added from several threads
        List<IndexedRecord> records = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            List<SearchDocument> docs = new ArrayList<>();
            for (int v = 0; v < 20; v++) {
                String iri = BASE + "t" + r + "/v" + v;
                docs.add(new SearchDocument.Builder(iri, BASE + "t" + r, ItemKind.VARIABLE)
                        .titles(List.of(new LangText("cohorte", LangText.Lang.FR))).build());
                added.add(iri);
            }
            records.add(new IndexedRecord(BASE + "t" + r, "hash", docs));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.update(records, List.of());
            assertEquals(added.subList(0, 100), iris(index.search(SearchQuery.text("cohorte").withPage(1, 100))));
            assertEquals(added.subList(3_900, 4_000), iris(index.search(SearchQuery.text("cohorte").withPage(40, 100))));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            // after a restart, a record added again goes after every other
            index.update(List.of(records.get(0)), List.of());
            List<String> last = iris(index.search(SearchQuery.text("cohorte").withPage(40, 100)));
            assertEquals(added.subList(0, 20), last.subList(80, 100));
        }
    }

    private static List<String> iris(SearchResult result) {
        return result.hits().stream().map(SearchHit::iri).toList();
    }

    private static IndexedRecord record(String id, int variables) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int v = 0; v < variables; v++) {
            docs.add(new SearchDocument.Builder(BASE + id + "/v" + v, BASE + id, ItemKind.VARIABLE)
                    .titles(List.of(new LangText("Variable " + v + " de la cohorte " + id, LangText.Lang.FR)))
                    .build());
        }
        return new IndexedRecord(BASE + id, "hash-" + id, docs);
    }
}
