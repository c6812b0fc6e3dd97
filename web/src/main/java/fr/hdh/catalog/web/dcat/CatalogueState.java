package fr.hdh.catalog.web.dcat;

import java.time.Instant;
import java.util.Optional;

/**
 * What changes whenever any record changes: how many records the store holds and the latest change
 * among them. Cheap to read; the validators of conditional GET are derived from it.
 */
record CatalogueState(long records, Optional<Instant> lastModified) {
    /** A token that differs whenever the catalogue differs. */
    String version() {
        return records + "@" + lastModified.map(Instant::toString).orElse("-");
    }
}
