package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.LangText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the relevance query from the words a researcher typed, programmatically: the text is never
 * parsed as query syntax, so quotes, stars, brackets and {@code AND} are only words or punctuation.
 *
 * <p>Each word becomes a disjunction over the fields it may match, each field weighed by
 * {@link Fields.Text#weight()} (codes over titles over keywords over descriptions over context); the
 * words are OR-ed, so an item matching more of them scores more. Two neighbouring words found close
 * together in a title or description add a boost. A word that matches (almost) nothing exactly is also searched with spelling variants
 * (one edit for short words, two for long ones): the fuzzy fallback.
 */
final class TextQueries {
    /** Words beyond this are ignored: a query is a question, not a document. */
    static final int MAX_WORDS = 32;
    /** A word whose exact terms occur in fewer documents than this also gets fuzzy variants: a word found nowhere. */
    private static final int FUZZY_BELOW_DOC_FREQ = 1;
    private static final float FUZZY_WEIGHT = 0.6f;
    private static final float PHRASE_WEIGHT = 1.5f;
    private static final int PHRASE_SLOP = 2;
    /** Spelling variants are looked for in titles, keywords and codes only: descriptions are too long a dictionary. */
    private static final Set<String> FUZZY_FIELDS = Set.of(Fields.CODES,
            Fields.Text.TITLE.field(LangText.Lang.FR), Fields.Text.TITLE.field(LangText.Lang.EN),
            Fields.Text.KEYWORDS.field(LangText.Lang.FR), Fields.Text.KEYWORDS.field(LangText.Lang.EN));

    /** White space and the characters of query syntax: {@code title:x}, {@code (a OR b)}, {@code "x"}, {@code x*} split there. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:()\\[\\]{}\"*?~^!+\\\\/<>=,;|&]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /**
     * The queries of a text.
     *
     * @param text the text typed
     * @param words the scoring query: any word may match, phrases add to the score
     * @param anyWord the same matches without the phrases, for counting: a phrase matches only where its words do
     * @param allWords every word but the common ones must match (in any field): what vocabulary expansion looks for
     * @param fuzzy whether spelling variants were added
     */
    record TextQuery(String text, BooleanQuery words, BooleanQuery anyWord, BooleanQuery allWords, boolean fuzzy) {
        boolean isEmpty() {
            return anyWord.clauses().isEmpty();
        }
    }

    private TextQueries() {}

    /**
     * The words of {@code text} as typed: split at white space and query syntax, punctuation around each word dropped,
     * punctuation inside kept (each field's analyzer splits further; codes such as {@code I21.0} stay
     * whole). At most {@value #MAX_WORDS}.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String chunk : SEPARATORS.split(text)) {
            String word = EDGE_PUNCTUATION.matcher(chunk).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        return words;
    }

    /** The queries of {@code text}; when it has no word to search for (only punctuation or stop words), they are empty. */
    static TextQuery build(String text, IndexSearcher searcher) throws IOException {
        List<String> words = words(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean fuzzy = false;
        for (String word : words) {
            WordQuery q = word(word, searcher);
            if (q != null) {
                any.add(q.query(), BooleanClause.Occur.SHOULD);
                if (!common(word)) {
                    all.add(q.query(), BooleanClause.Occur.MUST);
                }
                fuzzy |= q.fuzzy();
            }
        }
        BooleanQuery anyWord = any.build();
        for (int i = 0; i + 1 < words.size(); i++) {
            addPhrases(any, words.get(i) + " " + words.get(i + 1));
        }
        return new TextQuery(text, any.build(), anyWord, all.build(), fuzzy);
    }

    private record WordQuery(Query query, boolean fuzzy) {}

    /**
     * A stop word of either language ({@code du}, {@code the}, {@code and}): it still scores where it is a word (codes, the
     * other language), but a concept's label or a producer's name need not hold it for the expansion.
     */
    private static boolean common(String word) {
        return Analysis.terms(Analysis.FRENCH, "", word).isEmpty() || Analysis.terms(Analysis.ENGLISH, "", word).isEmpty();
    }

    /**
     * One word in every field, each field weighed; with spelling variants when it is (nearly) unknown. Null when nothing is left of it.
     * Each term is looked up once in every segment here ({@link TermStates}), not again by each of the queries of
     * one search (hits, facet counts, expansion) that use the word: with facets, that was a fifth of a search.
     */
    private static WordQuery word(String word, IndexSearcher searcher) throws IOException {
        List<Query> exact = new ArrayList<>();
        List<Term> exactTerms = new ArrayList<>();
        int docFreq = 0;
        for (Fields.Text family : Fields.Text.values()) {
            for (LangText.Lang lang : List.of(LangText.Lang.FR, LangText.Lang.EN)) {
                String field = family.field(lang);
                for (String t : Analysis.terms(analyzer(lang), field, word)) {
                    Term term = new Term(field, t);
                    TermStates states = TermStates.build(searcher, term, true);
                    docFreq += states.docFreq();
                    exactTerms.add(term);
                    exact.add(new BoostQuery(new TermQuery(term, states), family.weight()));
                }
            }
        }
        String code = Analysis.code(word);
        if (code.length() >= 2) {
            Term term = new Term(Fields.CODES, code);
            TermStates states = TermStates.build(searcher, term, true);
            docFreq += states.docFreq();
            exactTerms.add(term);
            exact.add(new BoostQuery(new TermQuery(term, states), Fields.CODE_WEIGHT));
        }
        if (exact.isEmpty()) {
            return null;
        }
        List<Query> variants = new ArrayList<>(exact);
        boolean fuzzy = word.length() >= 4 && docFreq < FUZZY_BELOW_DOC_FREQ;
        if (fuzzy) {
            for (Term t : exactTerms) {
                if (FUZZY_FIELDS.contains(t.field()) && t.text().length() >= 3) {
                    variants.add(new BoostQuery(new FuzzyQuery(t, t.text().length() >= 8 ? 2 : 1, 1), FUZZY_WEIGHT));
                }
            }
        }
        Query query = new DisjunctionMaxQuery(variants, 0.1f);
        // spelling variants are expanded once here, not again by each search that uses the word
        return new WordQuery(fuzzy ? searcher.rewrite(query) : query, fuzzy);
    }

    /** Two neighbouring words found close together in a title or description add to the score. */
    private static void addPhrases(BooleanQuery.Builder any, String pair) {
        for (Fields.Text family : List.of(Fields.Text.TITLE, Fields.Text.DESCRIPTION)) {
            for (LangText.Lang lang : List.of(LangText.Lang.FR, LangText.Lang.EN)) {
                Query phrase = new QueryBuilder(analyzer(lang)).createPhraseQuery(family.field(lang), pair, PHRASE_SLOP);
                if (phrase != null && !(phrase instanceof TermQuery)) {
                    any.add(new BoostQuery(phrase, family.weight() * PHRASE_WEIGHT), BooleanClause.Occur.SHOULD);
                }
            }
        }
    }

    static Analyzer analyzer(LangText.Lang lang) {
        return lang == LangText.Lang.EN ? Analysis.ENGLISH : Analysis.FRENCH;
    }
}
