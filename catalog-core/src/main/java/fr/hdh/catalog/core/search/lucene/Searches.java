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
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
        if (searcher.count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM))) == 0) {
            return new SearchResult(0, List.of(), Map.of(), false);
        }
        TextQueries.TextQuery text = query.text().isEmpty() ? null : textQuery(searcher, query.text());
        Query scoring = text == null ? new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)) : scoring(searcher, text);
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, scoring);
        // each add() of the same dimension is OR-ed; dimensions are AND-ed
        query.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet.param(), v)));
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState(searcher.getIndexReader()));
        int top = query.offset() + query.size();
        DrillSideways.DrillSidewaysResult r = query.sort() == SearchSort.TITLE
                ? sideways.search(drill, null, null, top, BY_TITLE, false)
                : sideways.search(drill, top);
        ScoreDoc[] all = r.hits.scoreDocs;
        ScoreDoc[] page = all.length <= query.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, query.offset(), Math.min(all.length, top));
        List<SearchHit> hits = HitReader.read(searcher, page, text == null ? null : text.words());
        return new SearchResult(total(r), hits, FacetLabels.read(r.facets, searcher), text != null && text.fuzzy());
    }

    List<ScoredItem> find(IndexSearcher searcher, String text, Collection<ItemKind> kinds, int limit) throws IOException {
        TextQueries.TextQuery words = textQuery(searcher, text);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(scoring(searcher, words), BooleanClause.Occur.MUST);
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

    /** Words or the vocabulary and producer expansion, times the prior of each item's kind. */
    private static Query scoring(IndexSearcher searcher, TextQueries.TextQuery text) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text.words(), BooleanClause.Occur.SHOULD);
        for (Query expansion : Expansion.of(searcher, text.allWords())) {
            b.add(expansion, BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        return FunctionScoreQuery.boostByValue(b.build(), DoubleValuesSource.fromFloatField(Fields.PRIOR));
    }

    private static long total(DrillSideways.DrillSidewaysResult r) {
        if (r.drillDownFacetsCollector == null) {
            return r.hits.totalHits.value;
        }
        long total = 0;
        for (FacetsCollector.MatchingDocs m : r.drillDownFacetsCollector.getMatchingDocs()) {
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
