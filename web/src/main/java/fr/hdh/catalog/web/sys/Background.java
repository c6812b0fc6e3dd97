package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.validation.ReferenceLookup;

/** The validation background: the controlled vocabularies records point to without describing. */
final class Background {
    private Background() {}

    static ReferenceLookup lookup() {
        return ReferenceLookup.NONE; // wired to the EU vocabularies below once they exist
    }
}
