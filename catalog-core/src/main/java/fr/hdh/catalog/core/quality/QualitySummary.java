package fr.hdh.catalog.core.quality;

import java.util.List;

/**
 * How good one source's dataset descriptions are, from its quality graph: how many datasets were
 * measured, their mean score out of the most a dataset can earn, how many fall in each tenth of that
 * maximum ({@code bands}, lowest first), and the indicators that cost points, the commonest first.
 */
public record QualitySummary(String sourceId, long datasets, double meanScore, int maxScore, List<Long> bands,
                             List<Shortfall> shortfalls) {
    /** The score range is cut in this many equal bands; a full score falls in the last. */
    public static final int BANDS = 10;

    /** An indicator and the number of this source's datasets that earn less than its maximum on it. */
    public record Shortfall(String labelFr, String labelEn, long datasets) {}
}
