package fr.hdh.catalog.harvest;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.validation.Amendment;

/**
 * Where a harvester hands what it reads, one item at a time: a record to store, an item it could not
 * turn into a record (with the reason, in plain words), or what it left out of a record. A bad item
 * never stops the harvest.
 */
public interface RecordSink {

    /** A record read from the source (validated and written by the run, not by the harvester). */
    void accept(CatalogRecord record);

    /** An item that could not be read as a record, and why ({@code item} names it: an id, a title, a page). */
    void reject(String item, String reason);

    /**
     * Something the harvester left out of a record it accepted, or changed in it, for the run's summary
     * and the record's list of amendments (a CKAN resource without any URL, left out of its dataset).
     */
    default void amended(Amendment amendment) {}

    /** Progress of the read, for long sources; {@code total} is -1 when unknown. */
    default void progress(long done, long total) {}
}
