package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.IndexedRecord;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.LangText;
import fr.hdh.catalog.core.search.SearchDocument;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hits and facet counts against their definition, on a random catalogue: the hits are the items that match
 * the words and every selected facet; a selected facet counts the items that
 * match the words and every other selected facet; an unselected facet counts the hits. Checked for
 * hundreds of random searches with zero to four selected facets, one or two values each, some values
 * never present; and after records were replaced and removed (deleted documents must not count).
 */
class SidewaysCountsTest {
    private static final String BASE = "http://test.example/";
    private static final String[] WORDS = {"zebu", "okapi", "lynx", "puma", "ibis", "yak"};
    private static final Facet[] FACETS = {Facet.PRODUCER, Facet.THEME, Facet.ACCESS_RIGHTS, Facet.DATA_TYPE};
    private static final int VALUES = 4;

    /** One generated item: its title word and its value for each facet (null: the item has none). */
    private record Item(String iri, String word, Map<Facet, String> values) {}

    @Test
    void countsOfEverySearchMatchTheirDefinition() {
        Random random = new Random(7);
        Map<String, List<Item>> records = new TreeMap<>();
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            for (int r = 0; r < 60; r++) {
                records.put(BASE + "r" + r, items(random, r, 0));
            }
            update(index, records, records.keySet().stream().toList(), List.of());
            checkRandomSearches(index, records, random, 100);

            // replaced and removed records leave deleted documents behind in the segment (few enough, under a tenth,
            // that no merge reclaims them at once): they must not count
            List<String> replaced = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                records.put(BASE + "r" + r, items(random, r, 1));
                replaced.add(BASE + "r" + r);
            }
            List<String> removed = List.of(BASE + "r20", BASE + "r21");
            removed.forEach(records::remove);
            update(index, records, replaced, removed);
            checkRandomSearches(index, records, random, 100);
        }
    }

    private static void checkRandomSearches(LuceneSearchIndex index, Map<String, List<Item>> records, Random random, int n) {
        List<Item> all = records.values().stream().flatMap(List::stream).toList();
        for (int s = 0; s < n; s++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            SearchQuery query = SearchQuery.text(word);
            Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
            for (Facet f : FACETS) {
                if (random.nextInt(3) == 0) {
                    Set<String> values = random.nextBoolean() ? Set.of(value(f, random.nextInt(VALUES + 1)))
                            : Set.of(value(f, 0), value(f, 1 + random.nextInt(VALUES)));
                    selected.put(f, values);
                    for (String v : values) {
                        query = query.withFilter(f, v);
                    }
                }
            }
            SearchResult result = index.search(query);
            String what = "search \"" + word + "\" with " + selected;
            Set<String> expectedHits = all.stream().filter(i -> matches(i, word, selected, null)).map(Item::iri)
                    .collect(Collectors.toSet());
            assertEquals(expectedHits.size(), result.total(), what);
            assertEquals(Math.min(expectedHits.size(), query.size()), result.hits().size(), what);
            result.hits().forEach(h -> assertTrue(expectedHits.contains(h.iri()), h.iri() + " is no hit of the " + what));
            for (Facet f : FACETS) {
                Map<String, Long> expected = new TreeMap<>();
                Facet ignored = selected.containsKey(f) ? f : null;
                all.stream().filter(i -> matches(i, word, selected, ignored) && i.values().get(f) != null)
                        .forEach(i -> expected.merge(i.values().get(f), 1L, Long::sum));
                Map<String, Long> actual = new TreeMap<>();
                for (FacetCount c : result.facets().getOrDefault(f, List.of())) {
                    actual.put(c.value(), c.count());
                }
                assertEquals(expected, actual, f + " counts of the " + what);
            }
        }
    }

    private static boolean matches(Item item, String word, Map<Facet, Set<String>> selected, Facet ignored) {
        if (!item.word().equals(word)) {
            return false;
        }
        for (Map.Entry<Facet, Set<String>> e : selected.entrySet()) {
            String value = item.values().get(e.getKey());
            if (e.getKey() != ignored && (value == null || !e.getValue().contains(value))) {
                return false;
            }
        }
        return true;
    }

    private static List<Item> items(Random random, int record, int version) {
        List<Item> items = new ArrayList<>();
        int n = 5 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            Map<Facet, String> values = new HashMap<>();
            for (Facet f : FACETS) {
                if (random.nextInt(8) != 0) {
                    values.put(f, value(f, random.nextInt(VALUES)));
                }
            }
            items.add(new Item(BASE + "r" + record + "/v" + version + "-" + i, WORDS[random.nextInt(WORDS.length)], values));
        }
        return items;
    }

    /** Value {@code i} of a facet; value {@value #VALUES} is never given to an item. */
    private static String value(Facet f, int i) {
        return f == Facet.DATA_TYPE ? "type" + i : BASE + f.param() + "/" + i;
    }

    private static void update(LuceneSearchIndex index, Map<String, List<Item>> records, List<String> put, List<String> removed) {
        List<IndexedRecord> docs = new ArrayList<>();
        for (String record : put) {
            List<SearchDocument> items = new ArrayList<>();
            for (Item item : records.get(record)) {
                SearchDocument.Builder b = new SearchDocument.Builder(item.iri(), record, ItemKind.VARIABLE)
                        .titles(List.of(new LangText(item.word(), LangText.Lang.NONE)));
                item.values().forEach((f, v) -> b.facet(f, List.of(v)));
                items.add(b.build());
            }
            docs.add(new IndexedRecord(record, "hash", items));
        }
        index.update(docs, removed);
    }
}
