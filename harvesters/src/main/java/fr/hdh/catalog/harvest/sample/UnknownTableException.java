package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.core.CatalogException;

/** A sample was asked of a table the catalogue does not describe. */
public final class UnknownTableException extends CatalogException {
    public UnknownTableException(String tableIri) {
        super("The catalogue describes no table " + tableIri);
    }
}
