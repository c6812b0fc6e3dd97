package fr.hdh.catalog.web.page;

import fr.hdh.catalog.harvest.run.DatasetQuality;
import fr.hdh.catalog.core.text.HtmlText;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Metadata quality" section of a dataset page: the score out of its maximum, one bar per MQA
 * dimension (points earned against the most it can earn), and the indicators that lower the score,
 * the costliest first. Pure HTML and CSS, as the search page's charts.
 */
final class QualitySection {
    private static final List<String> MQA_ORDER =
            List.of("Findability", "Accessibility", "Interoperability", "Reusability", "Contextuality");

    private QualitySection() {}

    static String render(DatasetQuality quality) {
        StringBuilder b = new StringBuilder("<section class=\"quality\" id=\"quality\">")
                .append("<h2>Qualité des métadonnées · Metadata quality</h2>")
                .append("<p class=\"score\"><strong>").append(quality.score()).append("</strong> / ")
                .append(quality.maxScore()).append(" points (")
                .append(percent(quality.score(), quality.maxScore())).append(" %)</p>");
        b.append("<ul class=\"bars dimensions\">");
        dimensions(quality.indicators()).forEach((name, points) ->
                Bars.item(b, name, points[0] + " / " + points[1], Bars.share(points[0], points[1])));
        b.append("</ul>");
        List<DatasetQuality.Indicator> shortfalls = quality.shortfalls();
        if (shortfalls.isEmpty()) {
            b.append("<p>Tous les indicateurs ont leurs points · Every indicator earns its points.</p>");
        } else {
            b.append("<h3>Ce qui fait baisser le score · What lowers the score</h3><ul class=\"shortfalls\">");
            for (DatasetQuality.Indicator i : shortfalls) {
                b.append("<li><span lang=\"fr\">").append(HtmlText.escape(i.labelFr())).append("</span> · <span lang=\"en\">")
                        .append(HtmlText.escape(i.labelEn())).append("</span> — ").append(i.points()).append(" / ")
                        .append(i.maxPoints()).append(" points</li>");
            }
            b.append("</ul>");
        }
        quality.run().ifPresent(run -> b.append("<p class=\"measured\">Mesuré par · Measured by <code>")
                .append(HtmlText.escape(run)).append("</code></p>"));
        return b.append("</section>").toString();
    }

    /** Dimension name ("Trouvabilité · Findability") to {points earned, most points}, in MQA's order. */
    private static Map<String, int[]> dimensions(List<DatasetQuality.Indicator> indicators) {
        Map<String, int[]> byDimension = new LinkedHashMap<>();
        List<DatasetQuality.Indicator> inOrder = indicators.stream()
                .sorted(Comparator.comparingInt(i -> mqaRank(i.dimensionEn()))).toList();
        for (DatasetQuality.Indicator i : inOrder) {
            int[] points = byDimension.computeIfAbsent(i.dimensionFr() + " · " + i.dimensionEn(), d -> new int[2]);
            points[0] += i.points();
            points[1] += i.maxPoints();
        }
        return byDimension;
    }

    private static int mqaRank(String dimensionEn) {
        int rank = MQA_ORDER.indexOf(dimensionEn);
        return rank < 0 ? MQA_ORDER.size() : rank;
    }

    private static long percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
