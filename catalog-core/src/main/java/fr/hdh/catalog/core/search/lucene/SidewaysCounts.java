package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Facet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The hits of one search and its facet counts, as set algebra on bit sets (drill sideways without
 * scores): the hits are the items the words match that pass every selected facet, and count in every
 * facet; an item the words match that fails exactly one selected facet counts only in that facet, so a
 * selected facet's other values keep the counts a click on them would give (AND across facets, OR
 * within one).
 *
 * <p>The words' matches ({@link QueryBits}) and each facet value's items ({@link FacetValueBits}) are
 * bit sets per segment, combined 64 items at a time. At a million variables with five facets selected,
 * the former way (one query per selected facet, the words' disjunction advanced item by item) walked the
 * same postings six times; this reads each once.
 */
final class SidewaysCounts {
    /**
     * @param facets the counts of each facet: a selected facet's ignore its own selection, the others' are the hits'
     * @param total number of hits
     * @param hits the hits, to rank
     */
    record Counts(Facets facets, long total, DocSetQuery hits) {}

    private SidewaysCounts() {}

    static Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, FacetValueBits values,
                        FacetsConfig config, Query matching, Map<Facet, Set<String>> filters) throws IOException {
        List<Facet> selected = new ArrayList<>(filters.keySet());
        int n = selected.size();
        List<List<Term>> terms = new ArrayList<>();
        for (Facet f : selected) {
            String field = config.getDimConfig(f.param()).indexFieldName;
            terms.add(filters.get(f).stream().map(v -> DrillDownQuery.term(field, f.param(), v)).toList());
        }
        QueryBits queryBits = new QueryBits(searcher);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] hitsByLeaf = new FixedBitSet[leaves.size()];
        List<MatchingDocs> hits = new ArrayList<>();
        List<List<MatchingDocs>> sideways = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sideways.add(new ArrayList<>());
        }
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet matched = queryBits.of(matching, leaf);
            removeDeleted(matched, leaf.reader().getLiveDocs());
            FixedBitSet[] passes = new FixedBitSet[n];
            for (int i = 0; i < n; i++) {
                passes[i] = anyOf(values, terms.get(i), leaf);
            }
            FixedBitSet hitBits = matched.clone();
            for (FixedBitSet pass : passes) {
                hitBits.and(pass);
            }
            for (int i = 0; i < n; i++) {
                // the items that fail this facet alone, and the hits
                FixedBitSet counted = matched.clone();
                counted.andNot(passes[i]);
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        counted.and(passes[j]);
                    }
                }
                counted.or(hitBits);
                sideways.get(i).add(matchingDocs(leaf, counted));
            }
            hits.add(matchingDocs(leaf, hitBits));
            hitsByLeaf[leaf.ord] = hitBits;
            total += hits.get(hits.size() - 1).totalHits;
        }
        Map<String, Facets> byFacet = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byFacet.put(selected.get(i).param(), new SortedSetDocValuesFacetCounts(state, collected(sideways.get(i))));
        }
        Facets facets = new MultiFacets(byFacet, new SortedSetDocValuesFacetCounts(state, collected(hits)));
        return new Counts(facets, total, new DocSetQuery(hitsByLeaf));
    }

    /** The items holding any of {@code terms}: the cached set itself for one value (not to be changed), a new one for more. */
    private static FixedBitSet anyOf(FacetValueBits values, List<Term> terms, LeafReaderContext leaf) throws IOException {
        if (terms.size() == 1) {
            return values.of(terms.get(0), leaf);
        }
        FixedBitSet any = new FixedBitSet(leaf.reader().maxDoc());
        for (Term t : terms) {
            any.or(values.of(t, leaf));
        }
        return any;
    }

    private static void removeDeleted(FixedBitSet bits, Bits live) {
        if (live instanceof FixedBitSet liveBits) {
            bits.and(liveBits);
        } else if (live != null) {
            for (int doc = 0; doc < bits.length(); doc++) {
                if (!live.get(doc)) {
                    bits.clear(doc);
                }
            }
        }
    }

    private static MatchingDocs matchingDocs(LeafReaderContext leaf, FixedBitSet bits) {
        int count = bits.cardinality();
        return new MatchingDocs(leaf, new BitDocIdSet(bits, count), count, null);
    }

    /** Matching documents already known, as the collector the facet counts read them from. */
    private static FacetsCollector collected(List<MatchingDocs> docs) {
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return docs;
            }
        };
    }
}
