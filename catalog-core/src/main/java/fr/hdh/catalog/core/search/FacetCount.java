package fr.hdh.catalog.core.search;

/**
 * One value of a facet and how many hits carry it.
 *
 * @param value what to pass back as a filter (an IRI, a kind, a data type)
 * @param label what to show
 * @param count hits with this value, counted with the filters of the other facets applied
 */
public record FacetCount(String value, String label, long count) {}
