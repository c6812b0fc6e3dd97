package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.quality.QualitySummary;
import fr.hdh.catalog.web.page.view.BarItem;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.QualityOverviewView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /quality}: the metadata quality of each source at a glance, as data.europa.eu's MQA dashboard
 * shows it: how many datasets, their mean score, how the scores spread over ten bands (a bar each), and
 * the indicators that cost points, the commonest first, with the share of datasets concerned (a bar
 * each) — what to ask producers to fix first.
 */
public final class QualityOverviewPage {
    private QualityOverviewPage() {}

    public static QualityOverviewView view(List<QualitySummary> sources, Lang lang) {
        return new QualityOverviewView(sources.stream().map(s -> source(s, lang)).toList());
    }

    private static QualityOverviewView.Source source(QualitySummary s, Lang lang) {
        return new QualityOverviewView.Source(s.sourceId(), s.datasets(),
                String.format(lang.locale(), "%.1f", s.meanScore()), s.maxScore(), bands(s), shortfalls(s, lang));
    }

    /** How many datasets score in each tenth of the maximum, as bars scaled to the fullest band. */
    private static List<BarItem> bands(QualitySummary s) {
        List<BarItem> bars = new ArrayList<>();
        long fullest = s.bands().stream().mapToLong(Long::longValue).max().orElse(1);
        int n = s.bands().size();
        for (int i = 0; i < n; i++) {
            long from = Math.round((double) s.maxScore() * i / n);
            long to = Math.round((double) s.maxScore() * (i + 1) / n);
            bars.add(Bars.item(from + "–" + to, Long.toString(s.bands().get(i)), Bars.share(s.bands().get(i), fullest)));
        }
        return bars;
    }

    /** The indicators that cost points, each a bar of the share of datasets concerned. */
    private static List<BarItem> shortfalls(QualitySummary s, Lang lang) {
        return s.shortfalls().stream().map(f -> Bars.item(lang == Lang.FR ? f.labelFr() : f.labelEn(),
                f.datasets() + " / " + s.datasets(), Bars.share(f.datasets(), s.datasets()))).toList();
    }
}
