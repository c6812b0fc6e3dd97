package fr.hdh.catalog.harvest;

import fr.hdh.catalog.core.CatalogRecord;

/**
 * Where a harvester hands what it reads, one item at a time: a record to store, or an item it could
 * not turn into a record (with the reason, in plain words). A bad item never stops the harvest.
 */
public interface RecordSink {

    /** A record read from the source (validated and written by the run, not by the harvester). */
    void accept(CatalogRecord record);

    /** An item that could not be read as a record, and why ({@code item} names it: an id, a title, a page). */
    void reject(String item, String reason);

    /** Progress of the read, for long sources; {@code total} is -1 when unknown. */
    default void progress(long done, long total) {}
}
