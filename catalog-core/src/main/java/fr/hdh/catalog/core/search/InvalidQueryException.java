package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.CatalogException;

/** A search request that cannot be answered as asked (too long, a page out of range, an unknown facet value); the message says what to change. */
public class InvalidQueryException extends CatalogException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
