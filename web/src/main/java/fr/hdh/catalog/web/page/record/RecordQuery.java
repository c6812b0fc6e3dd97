package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.query.Query;

/** The named queries of the table, variable and producer pages, parsed when this enum loads so a typo fails at start-up. */
enum RecordQuery {
    /** The SSSOM mappings of {@code ?subject}. */
    MAPPINGS("record-mappings.rq"),
    /** The variables named {@code ?name} other than {@code ?self}, with their table and dataset. */
    ALSO_IN("record-also-in.rq"),
    /** The datasets of {@code ?producer} with the number of their tables and variables. */
    PRODUCER_DATASETS("record-producer-datasets.rq"),
    /** The first codes of code list {@code ?scheme} in any record graph (its own graph is read directly). */
    CODES_ANYWHERE("record-codes-anywhere.rq"),
    /** How many codes code list {@code ?scheme} holds. */
    CODE_COUNT("record-code-count.rq");

    private final Query query;

    RecordQuery(String file) {
        this.query = NamedQuery.parse(file);
    }

    /** A copy of the parsed query. */
    Query query() {
        return query.cloneQuery();
    }
}
