package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;
import fr.hdh.catalog.harvest.run.QualitySummary;
import java.util.List;
import java.util.Locale;

/**
 * {@code /quality}: the metadata quality of each source at a glance, as data.europa.eu's MQA dashboard
 * shows it: how many datasets, their mean score, how the scores spread over ten bands (a bar each), and
 * the indicators that cost points, the commonest first, with the share of datasets concerned (a bar
 * each) — what to ask producers to fix first. Pure HTML and CSS.
 */
public final class QualityOverviewPage {
    private QualityOverviewPage() {}

    public static String render(List<QualitySummary> sources) {
        StringBuilder b = new StringBuilder("<h1>Qualité des métadonnées · Metadata quality</h1>")
                .append("<p>Points for the recommended properties each dataset has, after data.europa.eu's Metadata ")
                .append("Quality Assessment; each dataset page details its own.</p>");
        if (sources.isEmpty()) {
            b.append("<p>Aucun jeu de données mesuré · No dataset measured yet: harvest a source first.</p>");
        }
        sources.forEach(s -> source(b, s));
        return PageLayout.page("Qualité des métadonnées · Metadata quality", "", b.toString());
    }

    private static void source(StringBuilder b, QualitySummary s) {
        b.append("<section class=\"quality-source\" data-source=\"").append(HtmlText.escape(s.sourceId()))
                .append("\"><h2>").append(HtmlText.escape(s.sourceId())).append("</h2><p class=\"score\"><strong>")
                .append(s.datasets()).append("</strong> jeux de données · datasets, score moyen · mean score <strong>")
                .append(String.format(Locale.ROOT, "%.1f", s.meanScore())).append("</strong> / ").append(s.maxScore())
                .append("</p>");
        bands(b, s);
        shortfalls(b, s);
        b.append("</section>");
    }

    /** How many datasets score in each tenth of the maximum, as bars scaled to the fullest band. */
    private static void bands(StringBuilder b, QualitySummary s) {
        b.append("<h3>Répartition des scores · Scores</h3><ul class=\"bars bands\">");
        long fullest = s.bands().stream().mapToLong(Long::longValue).max().orElse(1);
        int n = s.bands().size();
        for (int i = 0; i < n; i++) {
            long from = Math.round((double) s.maxScore() * i / n);
            long to = Math.round((double) s.maxScore() * (i + 1) / n);
            Bars.item(b, from + "–" + to, Long.toString(s.bands().get(i)), Bars.share(s.bands().get(i), fullest));
        }
        b.append("</ul>");
    }

    /** The indicators that cost points, each a bar of the share of datasets concerned. */
    private static void shortfalls(StringBuilder b, QualitySummary s) {
        if (s.shortfalls().isEmpty()) {
            return;
        }
        b.append("<h3>Ce qui coûte des points · What costs points</h3><ul class=\"bars shortfalls\">");
        for (QualitySummary.Shortfall f : s.shortfalls()) {
            Bars.item(b, f.labelFr() + " · " + f.labelEn(), f.datasets() + " / " + s.datasets(),
                    Bars.share(f.datasets(), s.datasets()));
        }
        b.append("</ul>");
    }
}
