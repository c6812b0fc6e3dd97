package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.query.Query;

/** The named queries of the DCAT API, parsed when this enum loads so a typo fails at start-up. */
enum DcatQuery {
    /** Datasets with their last change, in IRI order; bind {@code ?since} to filter. */
    DATASETS("dcat-datasets.rq"),
    /** Number of records and latest change: what the ETag and Last-Modified follow. */
    CATALOGUE_STATE("dcat-catalogue-state.rq"),
    /** The record graph describing {@code ?resource}. */
    OWNER("dcat-owner.rq");

    private final Query query;

    DcatQuery(String file) {
        this.query = NamedQuery.parse(file);
    }

    /** A copy of the parsed query. */
    Query query() {
        return query.cloneQuery();
    }
}
