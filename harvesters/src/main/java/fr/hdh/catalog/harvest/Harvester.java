package fr.hdh.catalog.harvest;

/**
 * Reads one kind of source into records. Implementations live in one package per source type
 * ({@code dcat}, {@code ckan}, {@code fhir}, {@code tableschema}, {@code omop}); they only read and
 * map: validation, incremental writing, withdrawal and the run's report belong to the run.
 *
 * <pre>
 * harvester.harvest(source, context, sink);   // sink.accept(record) / sink.reject(item, reason)
 * </pre>
 */
public interface Harvester {

    /** The source type this harvester reads. */
    SourceType type();

    /**
     * Reads {@code source}, handing every record and every rejected item to {@code sink}. Throws only
     * when the source as a whole cannot be read (unreachable, not found); one bad item is a rejection.
     */
    void harvest(HarvestSource source, HarvestContext context, RecordSink sink);
}
