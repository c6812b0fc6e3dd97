package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.vocab.eu.EuVocabularies;

/**
 * The validation background: the EU controlled vocabularies (and the authority concepts the profile
 * needs typed) that records point to without describing. Built lazily, at the first validation, so
 * a restart that validates nothing stays fast.
 */
final class Background {
    private Background() {}

    static ReferenceLookup lookup() {
        return EuVocabularies.bundled().lookup();
    }
}
