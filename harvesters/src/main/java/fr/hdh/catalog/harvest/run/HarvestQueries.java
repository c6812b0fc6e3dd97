package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.query.Query;

/** The run's SPARQL queries, {@code hdh/queries/harvest-*.rq}, parsed when this enum loads. */
enum HarvestQueries {
    SOURCE_RECORDS("harvest-source-records.rq"),
    RUNS("harvest-runs.rq");

    private final Query query;

    HarvestQueries(String file) {
        this.query = NamedQuery.parse(file);
    }

    /** A copy, safe to change (its limit, say). */
    Query query() {
        return query.cloneQuery();
    }
}
