package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.text.Folding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Orders the best hits of a relevance search for a reader. Two things the scores alone get wrong:
 * <ul>
 * <li>The SNDS ships the CIM-10 many times over (a copy per product, a list of categories, a list for causes
 * of death): one disease would fill the page with the same concept. A concept whose label (case, accents and
 * punctuation aside) equals that of a better concept is left out: one disease is one hit.</li>
 * <li>A disease name matches hundreds of concepts more closely than the variables coded with them, which is
 * what a researcher looks for. Each further concept or code list weighs {@value #SAME_KIND_DECAY} times less
 * than the one of its kind before, so the variables, tables and datasets the words lead to come up beside the
 * concepts; they keep their own scores.</li>
 * </ul>
 * The best {@link #window(int)} hits (at least 200) are reordered, so every page down to that depth is cut from
 * the same order; pages ending below {@value #MAX_WINDOW} follow the scores alone.
 */
final class Reranking {
    static final float SAME_KIND_DECAY = 0.8f;
    private static final int MIN_WINDOW = 200;
    /** Pages ending deeper than this are cut from the scores' order as they are (no reader goes there). */
    static final int MAX_WINDOW = 2_000;
    private static final Set<String> FIELDS = Set.of(Fields.KIND, Fields.LABEL);
    /** The kinds of the code lists, which come by the hundred for one disease; what the data holds keeps its scores. */
    private static final Set<ItemKind> CROWDING = Set.of(ItemKind.CONCEPT, ItemKind.CODE_LIST);

    private Reranking() {}

    /** How many of the best hits to fetch and reorder for a page ending at {@code top}. */
    static int window(int top) {
        return Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, top + 50));
    }

    /**
     * {@code ranked} (best first) without duplicate concepts, reordered so the kinds mix; the items that do not match
     * {@code words} (reached through an expansion only: coded with a code list the words name, mapped to a target they
     * name) also weigh {@value #SAME_KIND_DECAY} times less each than the one before: the first of them come up, and
     * do not bury the rest.
     */
    static ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] ranked, Query words) throws IOException {
        StoredFields stored = searcher.storedFields();
        Set<Integer> matching = words == null ? null : matching(searcher, words, ranked);
        Set<String> concepts = new HashSet<>();
        Map<ItemKind, Integer> shown = new EnumMap<>(ItemKind.class);
        int reached = 0;
        List<ScoreDoc> kept = new ArrayList<>(ranked.length);
        for (ScoreDoc sd : ranked) {
            Document d = stored.document(sd.doc, FIELDS);
            ItemKind kind = ItemKind.byId(d.get(Fields.KIND)).orElse(ItemKind.CONCEPT);
            if (kind == ItemKind.CONCEPT && !concepts.add(Folding.fold(d.get(Fields.LABEL)))) {
                continue;
            }
            int before;
            if (CROWDING.contains(kind)) {
                before = shown.merge(kind, 1, Integer::sum) - 1;
            } else if (matching != null && !matching.contains(sd.doc)) {
                before = reached++;
            } else {
                before = 0;
            }
            kept.add(before == 0 ? sd : new ScoreDoc(sd.doc, (float) (sd.score * Math.pow(SAME_KIND_DECAY, before))));
        }
        // a stable sort: equal scores keep the index's order
        kept.sort(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed());
        return kept.toArray(ScoreDoc[]::new);
    }

    /** Which of {@code ranked} match {@code query}: each segment's matches walked once, in document order. */
    private static Set<Integer> matching(IndexSearcher searcher, Query query, ScoreDoc[] ranked) throws IOException {
        int[] docs = Arrays.stream(ranked).mapToInt(sd -> sd.doc).sorted().toArray();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Set<Integer> out = new HashSet<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            for (; i < docs.length && docs[i] < end; i++) {
                int local = docs[i] - leaf.docBase;
                if (it != null && (it.docID() < local ? it.advance(local) : it.docID()) == local) {
                    out.add(docs[i]);
                }
            }
        }
        return out;
    }
}
