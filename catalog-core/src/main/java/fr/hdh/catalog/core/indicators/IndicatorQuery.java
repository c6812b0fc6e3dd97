package fr.hdh.catalog.core.indicators;

import org.apache.jena.query.Query;

/**
 * A named query of {@code hdh/indicators/}: its file, its text as written (what the API shows) and the
 * parsed query.
 */
public record IndicatorQuery(String file, String text, Query parsed) {
    /** A copy of the parsed query, safe to bind. */
    Query copy() {
        return parsed.cloneQuery();
    }
}
