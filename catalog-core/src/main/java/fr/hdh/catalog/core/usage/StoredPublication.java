package fr.hdh.catalog.core.usage;

import java.util.Optional;

/** A publication as stored: its IRI and its form read back from the record. */
public record StoredPublication(String iri, PublicationForm form) {
    /** The link a reader follows: its DOI's at doi.org, when it has one. */
    public Optional<String> doiLink() {
        return Doi.ofIri(iri).map(Doi::iri);
    }
}
