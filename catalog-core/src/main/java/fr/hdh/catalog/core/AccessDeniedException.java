package fr.hdh.catalog.core;

/** A user tried a change its role or organisations do not allow. */
public class AccessDeniedException extends CatalogException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
