package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.InvalidQueryException;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchIndex.ScoredItem;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.SearchSort;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Runs one search: the relevance query (words, phrases, fuzzy fallback, expansion, kind prior), the
 * hits and drill-sideways facet counts ({@link SidewaysCounts}: facet filters AND across facets, OR within
 * one; the counts of a facet ignore its own selection, so the other values stay visible), one page of the
 * hits ranked with snippets, and the facet labels.
 */
final class Searches {
    /** A text with an acronym spelled out (or an expansion abbreviated) weighs this much beside the text typed. */
    private static final float ALTERNATIVE_WEIGHT = 0.7f;
    /** What an item reached both by its words and by its code list gets of the lesser of the two scores. */
    private static final float CODED_TIE = 0.1f;

    private final FacetsConfig facetsConfig;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;
    private FacetValueBits valueBits;

    Searches(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        checkKinds(query);
        // docFreq, not count: with deletions, a count walks every item
        if (searcher.getIndexReader().docFreq(new Term(Fields.DOC_TYPE, Fields.ITEM)) == 0) {
            return new SearchResult(0, List.of(), Map.of(), false);
        }
        TextQueries.TextQuery text = query.text().isEmpty() ? null : textQuery(searcher, query.text());
        Relevance relevance = text == null ? Relevance.EVERY_ITEM : relevance(searcher, text);
        Query scoring = relevance.scoring();
        int top = query.offset() + query.size();
        SidewaysCounts.Counts counts = SidewaysCounts.count(searcher, facetState(searcher.getIndexReader()),
                valueBits(searcher.getIndexReader()), facetsConfig, relevance.matching(), query.filters());
        // the hits are known: the scoring query scores them alone
        // (the hits first: a segment without any is skipped before the scoring query's scorers are made)
        Query ranked = new BooleanQuery.Builder().add(counts.hits(), BooleanClause.Occur.FILTER)
                .add(scoring, BooleanClause.Occur.MUST).build();
        ScoreDoc[] all = query.sort() == SearchSort.TITLE
                ? searcher.search(ranked, top, Orders.BY_TITLE).scoreDocs
                : top > Reranking.MAX_WINDOW ? Orders.scored(searcher.search(ranked, top, Orders.BY_RELEVANCE).scoreDocs)
                : Reranking.rerank(searcher,
                        Orders.scored(searcher.search(ranked, Reranking.window(top), Orders.BY_RELEVANCE).scoreDocs),
                        relevance.words());
        ScoreDoc[] page = all.length <= query.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, query.offset(), Math.min(all.length, top));
        List<SearchHit> hits = HitReader.read(searcher, page, text == null ? null : text.anyWord());
        return new SearchResult(counts.total(), hits, FacetLabels.read(counts.facets(), searcher),
                text != null && text.fuzzy());
    }

    List<ScoredItem> find(IndexSearcher searcher, String text, Collection<ItemKind> kinds, int limit) throws IOException {
        TextQueries.TextQuery words = textQuery(searcher, text);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(relevance(searcher, words).scoring(), BooleanClause.Occur.MUST);
        if (!kinds.isEmpty()) {
            q.add(Expansion.kindFilter(kinds), BooleanClause.Occur.FILTER);
        }
        List<ScoredItem> items = new ArrayList<>();
        for (ScoreDoc sd : Orders.scored(searcher.search(q.build(), limit, Orders.BY_RELEVANCE).scoreDocs)) {
            Document d = searcher.storedFields().document(sd.doc, Set.of(Fields.IRI, Fields.KIND));
            items.add(new ScoredItem(d.get(Fields.IRI), ItemKind.byId(d.get(Fields.KIND)).orElseThrow(), sd.score));
        }
        return items;
    }

    private static TextQueries.TextQuery textQuery(IndexSearcher searcher, String text) throws IOException {
        TextQueries.TextQuery q = TextQueries.build(text, searcher);
        if (q.isEmpty()) {
            throw new InvalidQueryException("The search text \"" + abbreviate(text)
                    + "\" has no word to search for (only punctuation or common words); type a word, a name or a code.");
        }
        return q;
    }

    /**
     * What a search ranks by and what it matches.
     *
     * @param scoring words (with phrases) or the vocabulary and producer expansion, times the prior of each item's kind
     * @param matching the same items without scores, for facet counts
     * @param words the items the words (or an acronym's expansion) match, not an expansion; null when every hit is one
     */
    private record Relevance(Query scoring, Query matching, Query words) {
        static final Relevance EVERY_ITEM = new Relevance(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)),
                new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)), null);
    }

    private static Relevance relevance(IndexSearcher searcher, TextQueries.TextQuery text) throws IOException {
        Expansion.Clauses expansion = Expansion.of(searcher, text.allWords(), text.words());
        List<Query> coded = new ArrayList<>(expansion.coded());
        List<Query> added = new ArrayList<>(expansion.added());
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(text.words(), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder words = new BooleanQuery.Builder().add(text.anyWord(), BooleanClause.Occur.SHOULD);
        for (String alternative : Acronyms.SNDS.alternatives(text.text())) {
            TextQueries.TextQuery alt = TextQueries.build(alternative, searcher);
            if (!alt.isEmpty()) {
                // every word of the expansion, not any: "systèmes d'information" alone is not the PMSI
                scored.add(new BoostQuery(alt.allWords(), ALTERNATIVE_WEIGHT), BooleanClause.Occur.SHOULD);
                words.add(alt.allWords(), BooleanClause.Occur.SHOULD);
                Expansion.Clauses altExpansion = Expansion.of(searcher, alt.allWords(), alt.words());
                altExpansion.coded().forEach(q -> coded.add(new BoostQuery(q, ALTERNATIVE_WEIGHT)));
                added.addAll(altExpansion.added());
            }
        }
        added.forEach(q -> scored.add(q, BooleanClause.Occur.SHOULD));
        scored.setMinimumNumberShouldMatch(1);
        Query scoring = scored.build();
        BooleanQuery.Builder matched = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.SHOULD);
        added.forEach(q -> matched.add(q, BooleanClause.Occur.SHOULD));
        coded.forEach(q -> matched.add(q, BooleanClause.Occur.SHOULD));
        matched.setMinimumNumberShouldMatch(1);
        if (!coded.isEmpty()) {
            // reached by its words or by its code list: the better of the two, a little of the other
            List<Query> ways = new ArrayList<>(coded);
            ways.add(scoring);
            scoring = new DisjunctionMaxQuery(ways, CODED_TIE);
        }
        // items only: a mapping's words match the text too, but lead to items (Expansion), never stand as hits
        Query items = new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM));
        Query scoredItems = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
                .add(items, BooleanClause.Occur.FILTER).build();
        matched.add(items, BooleanClause.Occur.FILTER);
        // without an expansion, every hit is matched by its words: nothing to tell apart when reranking
        return new Relevance(FunctionScoreQuery.boostByValue(scoredItems, DoubleValuesSource.fromFloatField(Fields.PRIOR)),
                new ConstantScoreQuery(matched.build()), coded.isEmpty() && added.isEmpty() ? null : words.build());
    }

    private synchronized FacetValueBits valueBits(IndexReader reader) {
        if (valueBits == null || !valueBits.readFrom(reader)) {
            valueBits = new FacetValueBits(reader);
        }
        return valueBits;
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            stateReader = reader;
        }
        return state;
    }

    private static void checkKinds(SearchQuery query) {
        for (String kind : query.filters().getOrDefault(Facet.KIND, Set.of())) {
            if (ItemKind.byId(kind).isEmpty()) {
                throw new InvalidQueryException("Unknown kind \"" + abbreviate(kind) + "\"; use one of "
                        + String.join(", ", Arrays.stream(ItemKind.values()).map(ItemKind::id).toList()) + ".");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
