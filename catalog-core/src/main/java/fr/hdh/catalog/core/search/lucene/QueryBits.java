package fr.hdh.catalog.core.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches in each segment, as bit sets (deleted documents included: callers
 * apply the live documents once, at the end). Term queries are read straight from their postings,
 * disjunctions and conjunctions combined a word of 64 documents at a time; any other query is walked
 * through its scorer.
 *
 * <p>Why: a search's facet counts need the items the words match among those the facet filters leave;
 * at a million variables a common word matches hundreds of thousands of items, and reading its postings
 * in order into a bit set costs a few nanoseconds per item, where a disjunction of a dozen postings
 * lists advanced item by item costs tens.
 */
final class QueryBits {
    private final IndexSearcher searcher;
    /** Weights of the queries walked through their scorers, made once for all segments. */
    private final Map<Query, Weight> weights = new HashMap<>();

    /** For the queries of one search on {@code searcher}. */
    QueryBits(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The documents {@code query} matches in {@code leaf}. */
    FixedBitSet of(Query query, LeafReaderContext leaf) throws IOException {
        Query q = unwrapped(query);
        if (q instanceof TermQuery t) {
            return termBits(t, leaf);
        }
        if (q instanceof DisjunctionMaxQuery dm) {
            return union(dm.getDisjuncts(), leaf);
        }
        if (q instanceof BooleanQuery bq) {
            List<Query> should = new ArrayList<>();
            List<Query> required = new ArrayList<>();
            boolean other = false;
            for (BooleanClause c : bq.clauses()) {
                switch (c.getOccur()) {
                    case SHOULD -> should.add(c.getQuery());
                    case MUST, FILTER -> required.add(c.getQuery());
                    default -> other = true;
                }
            }
            if (!other && required.isEmpty() && bq.getMinimumNumberShouldMatch() <= 1) {
                return union(should, leaf);
            }
            if (!other && should.isEmpty() && !required.isEmpty()) {
                return intersection(required, leaf);
            }
        }
        return scorerBits(q, leaf);
    }

    /** The query inside boosts and constant scores: they change scores, never matches. */
    private static Query unwrapped(Query query) {
        Query q = query;
        while (true) {
            if (q instanceof BoostQuery b) {
                q = b.getQuery();
            } else if (q instanceof ConstantScoreQuery c) {
                q = c.getQuery();
            } else {
                return q;
            }
        }
    }

    private FixedBitSet termBits(TermQuery query, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        PostingsEnum postings = postings(query, leaf);
        if (postings != null) {
            bits.or(postings);
        }
        return bits;
    }

    /**
     * The postings of a term query's term in {@code leaf}; null when it has none. The term's place in each
     * segment, when the query was built with it for this reader, saves looking the term up again.
     */
    private PostingsEnum postings(TermQuery query, LeafReaderContext leaf) throws IOException {
        TermStates states = query.getTermStates();
        if (states == null || !states.wasBuiltFor(searcher.getTopReaderContext())) {
            return leaf.reader().postings(query.getTerm(), PostingsEnum.NONE);
        }
        TermState state = states.get(leaf);
        if (state == null) {
            return null;
        }
        TermsEnum terms = leaf.reader().terms(query.getTerm().field()).iterator();
        terms.seekExact(query.getTerm().bytes(), state);
        return terms.postings(null, PostingsEnum.NONE);
    }

    private FixedBitSet union(Iterable<Query> queries, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Set<Query> read = new HashSet<>();
        for (Query q : queries) {
            if (!read.add(q)) {
                continue; // a word typed twice: its postings are in already
            }
            if (unwrapped(q) instanceof TermQuery t) {
                // straight into the union: no bit set of its own
                PostingsEnum postings = postings(t, leaf);
                if (postings != null) {
                    bits.or(postings);
                }
            } else {
                bits.or(of(q, leaf));
            }
        }
        return bits;
    }

    private FixedBitSet intersection(List<Query> queries, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = of(queries.get(0), leaf);
        for (int i = 1; i < queries.size(); i++) {
            bits.and(of(queries.get(i), leaf));
        }
        return bits;
    }

    private FixedBitSet scorerBits(Query query, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Weight weight = weights.get(query);
        if (weight == null) {
            weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            weights.put(query, weight);
        }
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            bits.or(scorer.iterator());
        }
        return bits;
    }
}
