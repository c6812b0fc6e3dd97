package fr.hdh.catalog.core.store;

import fr.hdh.catalog.core.CatalogException;

/** The store's folder is open in another process (TDB2 allows one process per database): the server, say. */
public final class StoreInUseException extends CatalogException {
    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
