package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.vocab.eu.EuVocabularies;

/**
 * The validation background: the EU controlled vocabularies (and the authority concepts the profile
 * needs typed) that records point to without describing. Built lazily, at the first validation, so
 * a restart that validates nothing stays fast; even the vocabularies' class is first touched then, so
 * Jena initialises inside the store's opening, beside the search index opening on another thread.
 */
final class Background {
    private Background() {}

    static ReferenceLookup lookup() {
        return (resource, sink) -> EuVocabularies.bundled().lookup().describeInto(resource, sink);
    }
}
