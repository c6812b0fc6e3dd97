package fr.hdh.catalog.core;

/** An update based on a version that is no longer the latest: someone changed the record meanwhile. */
public class StaleVersionException extends CatalogException {
    private final int latest;

    public StaleVersionException(String iri, int expected, int latest) {
        super("Record " + iri + " is at version " + latest + ", not " + expected + ": read it again, then change it");
        this.latest = latest;
    }

    public int latest() {
        return latest;
    }
}
