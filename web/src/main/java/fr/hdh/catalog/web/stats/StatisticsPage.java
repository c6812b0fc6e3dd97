package fr.hdh.catalog.web.stats;

import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.page.view.StatisticsView;
import fr.hdh.catalog.web.stats.CatalogueStatistics.Breakdown;

/** {@code /statistics}: each breakdown of the statistics a section with its chart's table, in the page's language. */
public final class StatisticsPage {
    private StatisticsPage() {}

    public static StatisticsView view(CatalogueStatistics statistics, Messages m) {
        return new StatisticsView(m.f("stats.intro", statistics.datasets()),
                statistics.breakdowns().stream().map(b -> figure(b, m)).toList());
    }

    private static StatisticsView.Figure figure(Breakdown b, Messages m) {
        String key = "stats." + b.chart().id();
        String counted = b.chart() == Chart.VARIABLES ? m.t("stats.count.variables") : m.t("stats.count.datasets");
        return new StatisticsView.Figure(b.chart().id(), b.chart().shape().id(), m.t(key), m.t(key + ".caption"),
                m.t(key + ".value"), counted, b.counts().stream()
                        .map(c -> new StatisticsView.Row(c.label(), c.count(), m.number(c.count()))).toList());
    }
}
