package fr.hdh.catalog.core.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Documents already found, one bit set per segment of the reader they were found in, as a query: a
 * search's hits, found with its facet counts, are ranked by the scoring query filtered by this one,
 * which then scores those documents only. Valid on that reader alone; never cached.
 */
final class DocSetQuery extends Query {
    private final FixedBitSet[] bitsByLeaf;
    private final int[] countByLeaf;

    /** {@code bitsByLeaf[leaf.ord]}: the documents of that segment (null or empty for none). */
    DocSetQuery(FixedBitSet[] bitsByLeaf) {
        this.bitsByLeaf = bitsByLeaf;
        this.countByLeaf = new int[bitsByLeaf.length];
        for (int i = 0; i < bitsByLeaf.length; i++) {
            countByLeaf[i] = bitsByLeaf[i] == null ? 0 : bitsByLeaf[i].cardinality();
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) throws IOException {
                if (leaf.ord >= bitsByLeaf.length || countByLeaf[leaf.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode,
                        new BitSetIterator(bitsByLeaf[leaf.ord], countByLeaf[leaf.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + Arrays.stream(countByLeaf).sum() + " documents)";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
