package fr.hdh.catalog.core.search;

/** The order of hits. */
public enum SearchSort {
    /** Best match first; ties by title. */
    RELEVANCE,
    /** Alphabetical by label, accents and case ignored. */
    TITLE
}
