package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * The metadata quality section of a dataset page.
 *
 * @param score points earned
 * @param maxScore the most a dataset can earn
 * @param percent the score as a whole percent of the maximum
 * @param dimensions one bar per MQA dimension, in MQA's order
 * @param shortfalls the indicators that lower the score, the costliest first, in the page's language
 * @param run the harvest run that measured it, when known
 */
public record QualityView(int score, int maxScore, long percent, List<BarItem> dimensions, List<Shortfall> shortfalls,
                          Optional<String> run) {
    /** An indicator short of its maximum. */
    public record Shortfall(String label, int points, int maxPoints) {}
}
