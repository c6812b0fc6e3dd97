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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Runs one search: the relevance query (words, phrases, fuzzy fallback, expansion, kind prior), the
 * facet filters as a drill-down (AND across facets, OR within one) with drill-sideways counts (the
 * counts of a facet ignore its own selection, so the other values stay visible), one page of hits with
 * snippets, and the facet labels.
 */
final class Searches {
    private static final Sort BY_TITLE = new Sort(new SortField(Fields.LABEL_SORT, SortField.Type.STRING));

    private final FacetsConfig facetsConfig;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

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
        FacetsCollectorManager.FacetsResult hitsAndCounts = query.sort() == SearchSort.TITLE
                ? FacetsCollectorManager.search(searcher, drillDown(scoring, query, null), top, BY_TITLE, false,
                        new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, drillDown(scoring, query, null), top, new FacetsCollectorManager());
        ScoreDoc[] all = hitsAndCounts.topDocs().scoreDocs;
        ScoreDoc[] page = all.length <= query.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, query.offset(), Math.min(all.length, top));
        List<SearchHit> hits = HitReader.read(searcher, page, text == null ? null : text.words());
        Facets facets = sidewaysFacets(searcher, relevance.matching(), query, hitsAndCounts.facetsCollector());
        return new SearchResult(total(hitsAndCounts.facetsCollector()), hits, FacetLabels.read(facets, searcher),
                text != null && text.fuzzy());
    }

    /**
     * Drill-sideways counts, as one filtered query per selected facet: the counts of a selected facet come
     * from the query with every filter but its own (so its other values stay visible), the others from
     * the hits. Each is a plain conjunction without scores, led by its most selective clause; Lucene's
     * {@code DrillSideways} would instead score every item the words match before filtering (all the
     * items holding either word, a good part of a million-variable catalogue).
     */
    private Facets sidewaysFacets(IndexSearcher searcher, Query matching, SearchQuery query, FacetsCollector hits)
            throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, Facets> sideways = new HashMap<>();
        for (Facet selected : query.filters().keySet()) {
            FacetsCollector others = searcher.search(drillDown(matching, query, selected), new FacetsCollectorManager());
            sideways.put(selected.param(), new SortedSetDocValuesFacetCounts(state, others));
        }
        return new MultiFacets(sideways, new SortedSetDocValuesFacetCounts(state, hits));
    }

    /** {@code base} filtered by every selected facet value (AND across facets, OR within one) but those of {@code except}. */
    private DrillDownQuery drillDown(Query base, SearchQuery query, Facet except) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        // each add() of the same dimension is OR-ed; dimensions are AND-ed
        query.filters().forEach((facet, values) -> {
            if (facet != except) {
                values.forEach(v -> drill.add(facet.param(), v));
            }
        });
        return drill;
    }

    List<ScoredItem> find(IndexSearcher searcher, String text, Collection<ItemKind> kinds, int limit) throws IOException {
        TextQueries.TextQuery words = textQuery(searcher, text);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(relevance(searcher, words).scoring(), BooleanClause.Occur.MUST);
        if (!kinds.isEmpty()) {
            q.add(Expansion.kindFilter(kinds), BooleanClause.Occur.FILTER);
        }
        List<ScoredItem> items = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q.build(), limit).scoreDocs) {
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
     */
    private record Relevance(Query scoring, Query matching) {
        static final Relevance EVERY_ITEM = new Relevance(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)),
                new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)));
    }

    private static Relevance relevance(IndexSearcher searcher, TextQueries.TextQuery text) throws IOException {
        List<Query> expansions = Expansion.of(searcher, text.allWords());
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(text.words(), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder matched = new BooleanQuery.Builder().add(text.anyWord(), BooleanClause.Occur.SHOULD);
        for (Query expansion : expansions) {
            scored.add(expansion, BooleanClause.Occur.SHOULD);
            matched.add(expansion, BooleanClause.Occur.SHOULD);
        }
        scored.setMinimumNumberShouldMatch(1);
        matched.setMinimumNumberShouldMatch(1);
        return new Relevance(FunctionScoreQuery.boostByValue(scored.build(), DoubleValuesSource.fromFloatField(Fields.PRIOR)),
                new ConstantScoreQuery(matched.build()));
    }

    private static long total(FacetsCollector hits) {
        long total = 0;
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            total += m.totalHits;
        }
        return total;
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
