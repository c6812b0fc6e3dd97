package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Completions as the user types: every word but the last must appear in a title or code, the last is a
 * prefix ({@code diagn} → {@code Diagnostic principal}). Datasets come first, then tables, variables and
 * the rest, shorter labels first; concepts are left out (their 240,000 labels would drown the rest; the
 * search itself finds them). Labels are shown once.
 */
final class Suggester {
    /** A shorter prefix would match too much to mean anything. */
    static final int MIN_PREFIX = 2;
    private static final int LOOK_AT = 200;

    private Suggester() {}

    static List<Suggestion> suggest(IndexSearcher searcher, String typed, int limit) throws IOException {
        List<String> words = Analysis.terms(Analysis.WORDS, Fields.SUGGEST, typed);
        if (words.size() > TextQueries.MAX_WORDS) {
            words = words.subList(0, TextQueries.MAX_WORDS);
        }
        if (words.isEmpty() || words.get(words.size() - 1).length() < MIN_PREFIX) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            q.add(new TermQuery(new Term(Fields.SUGGEST, words.get(i))), BooleanClause.Occur.FILTER);
        }
        q.add(new PrefixQuery(new Term(Fields.SUGGEST, words.get(words.size() - 1))), BooleanClause.Occur.FILTER);
        q.add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)), BooleanClause.Occur.FILTER);
        q.add(new TermQuery(new Term(Fields.KIND, ItemKind.CONCEPT.id())), BooleanClause.Occur.MUST_NOT);
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScoreDoc sd : searcher.search(q.build(), LOOK_AT, Orders.SUGGESTIONS).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            String label = d.get(Fields.LABEL);
            if (seen.add(label.toLowerCase(Locale.ROOT))) {
                out.add(new Suggestion(label, d.get(Fields.IRI), ItemKind.byId(d.get(Fields.KIND)).orElseThrow(),
                        context(d)));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static String context(Document d) {
        List<String> parts = new ArrayList<>();
        if (d.get(Fields.NAME) != null && !d.get(Fields.NAME).equals(d.get(Fields.LABEL))) {
            parts.add(d.get(Fields.NAME));
        }
        if (d.get(Fields.TABLE_LABEL) != null) {
            parts.add(d.get(Fields.TABLE_LABEL));
        }
        if (d.get(Fields.DATASET_LABEL) != null) {
            parts.add(d.get(Fields.DATASET_LABEL));
        }
        return String.join(" · ", parts);
    }
}
