package fr.hdh.catalog.core;

/**
 * The root of what the catalogue's services throw. Subclasses name the family (invalid record,
 * malformed input, not found) so the web layer and the CLI can map each to a plain message and the
 * right status; the cause is always kept.
 */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
