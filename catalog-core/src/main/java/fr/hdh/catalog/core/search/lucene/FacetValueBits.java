package fr.hdh.catalog.core.search.lucene;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.FixedBitSet;

/**
 * The items of each facet value, per segment of one index reader, as bit sets read from the value's
 * drill-down term and kept while that reader is the one searched (the least recently used dropped past
 * {@value #MAX_MEGABYTES} MB). Facet values are few and picked again and again (40 producers, 13
 * themes, 3 access rights at a million variables), and the most common carry a third of the items: read
 * once, not at every search. The sets are shared: read them, never change them.
 */
final class FacetValueBits {
    static final int MAX_MEGABYTES = 64;

    private final IndexReader reader;
    private final Map<Term, FixedBitSet[]> byTerm = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    FacetValueBits(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether these sets were read from {@code current}. */
    boolean readFrom(IndexReader current) {
        return reader == current;
    }

    /** The documents (deleted ones included) that hold {@code term} in {@code leaf} of this reader. */
    synchronized FixedBitSet of(Term term, LeafReaderContext leaf) throws IOException {
        FixedBitSet[] perLeaf = byTerm.get(term);
        if (perLeaf == null) {
            perLeaf = read(term);
            byTerm.put(term, perLeaf);
            bytes += sizeOf(perLeaf);
            evict();
        }
        return perLeaf[leaf.ord];
    }

    private FixedBitSet[] read(Term term) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] perLeaf = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings != null) {
                bits.or(postings);
            }
            perLeaf[leaf.ord] = bits;
        }
        return perLeaf;
    }

    private void evict() {
        Iterator<FixedBitSet[]> oldest = byTerm.values().iterator();
        while (bytes > MAX_MEGABYTES * 1024L * 1024L && byTerm.size() > 1) {
            bytes -= sizeOf(oldest.next());
            oldest.remove();
        }
    }

    private static long sizeOf(FixedBitSet[] perLeaf) {
        long n = 0;
        for (FixedBitSet b : perLeaf) {
            n += b.ramBytesUsed();
        }
        return n;
    }
}
