package fr.hdh.catalog.web.stats;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.quality.QualitySources;
import fr.hdh.catalog.core.quality.QualitySummary;
import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.stats.CatalogueStatistics.Breakdown;
import fr.hdh.catalog.web.stats.CatalogueStatistics.Count;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Gathers the statistics from what the catalogue already keeps: one search with no words over datasets
 * (its facets count datasets by producer, theme, access rights and catalogue entry, the 30 commonest
 * values each, as the search page's facets do), the quality tallies (datasets per source, scores per
 * tenth of the maximum) and one named query (the datasets with the most variables).
 */
public final class Statistics {
    /** The search whose facets are the statistics' counts: every public dataset, no hit needed. */
    static final SearchQuery DATASETS = SearchQuery.text("").withFilter(Facet.KIND, ItemKind.DATASET.id()).withPage(1, 1);
    private static final Map<Chart, Facet> FACETS = Map.of(Chart.PRODUCER, Facet.PRODUCER, Chart.THEME, Facet.THEME,
            Chart.ACCESS_RIGHTS, Facet.ACCESS_RIGHTS, Chart.CATALOGUE_ENTRY, Facet.CATALOGUE_ENTRY);

    private final Catalog catalog;
    private final VariablesPerDataset variables;

    public Statistics(Catalog catalog) {
        this.catalog = catalog;
        this.variables = new VariablesPerDataset(catalog.store());
    }

    /** The statistics now, labelled in {@code lang}. */
    public CatalogueStatistics now(Lang lang) {
        Messages m = Messages.of(lang);
        SearchResult datasets = catalog.search().search(DATASETS);
        List<QualitySummary> sources = catalog.quality().sources();
        List<Breakdown> breakdowns = new ArrayList<>();
        for (Chart chart : Chart.values()) {
            breakdowns.add(new Breakdown(chart, switch (chart) {
                case PRODUCER, THEME, ACCESS_RIGHTS, CATALOGUE_ENTRY -> facet(datasets, FACETS.get(chart));
                case ORIGIN -> origins(sources, m);
                case VARIABLES -> variables.top(lang);
                case QUALITY -> scoreBands(sources);
            }));
        }
        return new CatalogueStatistics(datasets.total(), breakdowns);
    }

    private static List<Count> facet(SearchResult result, Facet facet) {
        return result.facets().getOrDefault(facet, List.of()).stream().filter(c -> c.count() > 0)
                .map((FacetCount c) -> new Count(c.value(), c.label(), c.count())).toList();
    }

    /** Datasets per source: this catalogue's own (demo content, producers' writes, imports) or a harvest source's. */
    private static List<Count> origins(List<QualitySummary> sources, Messages m) {
        return sources.stream().filter(s -> s.datasets() > 0)
                .sorted(Comparator.comparingLong(QualitySummary::datasets).reversed().thenComparing(QualitySummary::sourceId))
                .map(s -> new Count(s.sourceId(), origin(s.sourceId(), m), s.datasets())).toList();
    }

    private static String origin(String sourceId, Messages m) {
        return switch (sourceId) {
            case QualitySources.DEMO, QualitySources.PRODUCERS, QualitySources.IMPORT -> m.t("stats.origin." + sourceId);
            default -> m.f("stats.origin.harvest", sourceId);
        };
    }

    /**
     * Datasets per tenth of the maximum score, over every source (each source's bands are tenths of its
     * own maximum, so they add up even were the maxima to differ), lowest first, empty bands kept.
     */
    private static List<Count> scoreBands(List<QualitySummary> sources) {
        long[] bands = new long[QualitySummary.BANDS];
        for (QualitySummary s : sources) {
            for (int i = 0; i < Math.min(bands.length, s.bands().size()); i++) {
                bands[i] += s.bands().get(i);
            }
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        List<Count> counts = new ArrayList<>();
        int step = 100 / QualitySummary.BANDS;
        for (int i = 0; i < bands.length; i++) {
            String range = (i * step) + "–" + ((i + 1) * step) + " %";
            counts.add(new Count((i * step) + "-" + ((i + 1) * step), range, bands[i]));
        }
        return counts;
    }
}
