package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.query.Query;

/** The usage queries ({@code hdh/queries/*.rq}), parsed when this enum loads. */
enum UsageQuery {
    RECORDS("usage-records.rq"),
    DATASET_USAGE("dataset-usage.rq"),
    DATASET_REUSE("dataset-reuse.rq"),
    RANKING("reuse-ranking.rq");

    private final Query query;

    UsageQuery(String file) {
        this.query = NamedQuery.parse(file);
    }

    Query query() {
        return query.cloneQuery();
    }
}
