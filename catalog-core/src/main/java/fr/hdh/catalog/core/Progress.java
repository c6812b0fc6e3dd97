package fr.hdh.catalog.core;

/**
 * Receives progress of long work (imports, harvests, reindexing): the CLI draws a bar, the server
 * logs. Implementations must be cheap; callers report at most a few times a second.
 */
@FunctionalInterface
public interface Progress {

    /** {@code done} of {@code total} units of {@code phase} are finished; {@code total} is -1 when unknown. */
    void update(String phase, long done, long total);

    /** Reports nothing. */
    Progress NONE = (phase, done, total) -> {};
}
