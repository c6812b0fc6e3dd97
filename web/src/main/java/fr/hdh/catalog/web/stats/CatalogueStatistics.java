package fr.hdh.catalog.web.stats;

import java.util.List;

/**
 * The catalogue in figures, with labels in one language.
 *
 * @param datasets the public datasets the catalogue describes
 * @param breakdowns one per {@link Chart}, in the enum's order
 */
public record CatalogueStatistics(long datasets, List<Breakdown> breakdowns) {
    public CatalogueStatistics {
        breakdowns = List.copyOf(breakdowns);
    }

    /**
     * How one figure splits: its counts, the largest first except where an order is meant (score bands).
     *
     * @param chart which figure
     * @param counts the values and their counts
     */
    public record Breakdown(Chart chart, List<Count> counts) {
        public Breakdown {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One value and its count.
     *
     * @param key what identifies the value (an IRI, a source's id, a band {@code 40-50})
     * @param label what to show
     * @param count datasets (or variables, for {@link Chart#VARIABLES})
     */
    public record Count(String key, String label, long count) {}
}
