package fr.hdh.catalog.core;

/** A record IRI that the catalogue does not hold. */
public class RecordNotFoundException extends CatalogException {
    public RecordNotFoundException(String iri) {
        super("No record " + iri + " in the catalogue");
    }
}
