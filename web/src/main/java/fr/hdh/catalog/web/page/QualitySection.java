package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.quality.DatasetQuality;
import fr.hdh.catalog.web.page.view.BarItem;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.QualityView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Metadata quality" section of a dataset page: the score out of its maximum, one bar per MQA
 * dimension (points earned against the most it can earn), and the indicators that lower the score,
 * the costliest first, named in the page's language.
 */
final class QualitySection {
    private static final List<String> MQA_ORDER =
            List.of("Findability", "Accessibility", "Interoperability", "Reusability", "Contextuality");

    private QualitySection() {}

    static QualityView view(DatasetQuality quality, Lang lang) {
        List<BarItem> dimensions = new ArrayList<>();
        dimensions(quality.indicators(), lang).forEach((name, points) ->
                dimensions.add(Bars.item(name, points[0] + " / " + points[1], Bars.share(points[0], points[1]))));
        List<QualityView.Shortfall> shortfalls = quality.shortfalls().stream()
                .map(i -> new QualityView.Shortfall(lang == Lang.FR ? i.labelFr() : i.labelEn(), i.points(), i.maxPoints()))
                .toList();
        return new QualityView(quality.score(), quality.maxScore(), percent(quality.score(), quality.maxScore()),
                dimensions, shortfalls, quality.run());
    }

    /** Dimension name in {@code lang} to {points earned, most points}, in MQA's order. */
    private static Map<String, int[]> dimensions(List<DatasetQuality.Indicator> indicators, Lang lang) {
        Map<String, int[]> byDimension = new LinkedHashMap<>();
        List<DatasetQuality.Indicator> inOrder = indicators.stream()
                .sorted(Comparator.comparingInt(i -> mqaRank(i.dimensionEn()))).toList();
        for (DatasetQuality.Indicator i : inOrder) {
            int[] points = byDimension.computeIfAbsent(lang == Lang.FR ? i.dimensionFr() : i.dimensionEn(), d -> new int[2]);
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
