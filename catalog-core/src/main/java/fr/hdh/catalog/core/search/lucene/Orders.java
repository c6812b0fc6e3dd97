package fr.hdh.catalog.core.search.lucene;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The orders hits are listed in. Each ends with the order items were added in ({@link Fields#SEQ}), so
 * equal ranks come out the same whichever writer thread and segment an item landed in (by document
 * number they would not: two threads interleave documents differently at every build).
 */
final class Orders {
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, added());
    static final Sort BY_TITLE = new Sort(new SortField(Fields.LABEL_SORT, SortField.Type.STRING), added());
    /** Completions: datasets first, then tables and variables, then the rest; shorter labels first; then by title. */
    static final Sort SUGGESTIONS = new Sort(new SortField(Fields.SUGGEST_RANK, SortField.Type.LONG),
            new SortField(Fields.LABEL_SORT, SortField.Type.STRING), added());

    private Orders() {}

    /**
     * The hits of {@link #BY_RELEVANCE} with their scores, read from the sort values: asking the searcher
     * for scores instead would score the top hits a second time.
     */
    static ScoreDoc[] scored(ScoreDoc[] hits) {
        for (ScoreDoc hit : hits) {
            if (hit instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float score) {
                hit.score = score;
            }
        }
        return hits;
    }

    private static SortField added() {
        return new SortField(Fields.SEQ, SortField.Type.LONG);
    }
}
