package fr.hdh.catalog.core.record;

/** What writing a record did. */
public enum Change {
    /** The record was new. */
    ADDED,
    /** The record existed with other content (or was withdrawn) and was replaced. */
    CHANGED,
    /** The record existed with the same content: nothing was written. */
    UNCHANGED,
    /** The record was marked withdrawn. */
    WITHDRAWN
}
