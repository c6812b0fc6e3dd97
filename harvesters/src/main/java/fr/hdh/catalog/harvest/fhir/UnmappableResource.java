package fr.hdh.catalog.harvest.fhir;

/** A resource that lacks a fact its record requires; the message says which, in plain words. */
final class UnmappableResource extends RuntimeException {
    UnmappableResource(String message) {
        super(message);
    }
}
