package fr.hdh.catalog.core.quality;

import java.util.List;
import java.util.Optional;

/**
 * A dataset's metadata quality as its quality graph holds it (MQA-like, W3C DQV): the total, the run
 * that measured it, and each indicator's points, so a producer sees what lowers the score.
 */
public record DatasetQuality(int score, int maxScore, Optional<String> run, List<Indicator> indicators) {

    /** One indicator: its names, its dimension's names, the points earned and the most it can earn. */
    public record Indicator(String labelFr, String labelEn, String dimensionFr, String dimensionEn,
                            int points, int maxPoints) {
        public boolean full() {
            return points >= maxPoints;
        }
    }

    public List<Indicator> shortfalls() {
        return indicators.stream().filter(i -> !i.full())
                .sorted((a, b) -> Integer.compare(b.maxPoints - b.points, a.maxPoints - a.points)).toList();
    }
}
