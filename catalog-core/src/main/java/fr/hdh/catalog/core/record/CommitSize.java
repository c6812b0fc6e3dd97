package fr.hdh.catalog.core.record;

/**
 * How much of a validated batch {@link RecordService#putValidated} writes per transaction. Each record
 * always lands whole or not at all; {@link #WHOLE_BATCH} makes the whole batch one transaction, a
 * bound in triples commits every so often instead, so that a listener (the search index, working on
 * another thread) can take one part while the next is written. A record larger than the bound is one
 * transaction of its own.
 *
 * <pre>
 * records.putValidated(batch, CommitSize.aboutTriples(50_000), progress);
 * </pre>
 *
 * @param triples the triples of content after which a transaction is committed
 */
public record CommitSize(long triples) {
    /** The whole batch in one transaction. */
    public static final CommitSize WHOLE_BATCH = new CommitSize(Long.MAX_VALUE);

    public CommitSize {
        if (triples < 1) {
            throw new IllegalArgumentException("A commit holds at least one triple: " + triples);
        }
    }

    /** A commit once the records written hold about {@code triples} triples. */
    public static CommitSize aboutTriples(long triples) {
        return new CommitSize(triples);
    }
}
