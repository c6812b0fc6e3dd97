package fr.hdh.catalog.core.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total hits in all pages
 * @param hits the requested page
 * @param facets for each facet that has values among the hits, the most frequent values with their counts
 * @param fuzzy true when the exact words found too little and spelling variants were searched too
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, boolean fuzzy) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
