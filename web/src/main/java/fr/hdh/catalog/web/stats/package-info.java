/**
 * The catalogue in figures: the {@code /statistics} page and {@code GET /api/statistics}, with the same
 * numbers. Datasets are counted by producer, theme, access rights and catalogue entry (the search
 * index's facets, {@link fr.hdh.catalog.core.search.SearchService}), by origin (this catalogue's own
 * records or a harvested source: the per-source tallies of {@link fr.hdh.catalog.core.quality.QualityService}),
 * the datasets with the most variables (a named query, {@code variables-per-dataset.rq}), and how the
 * quality scores spread.
 *
 * <p>{@link fr.hdh.catalog.web.stats.Statistics} gathers the figures ({@link fr.hdh.catalog.web.stats.CatalogueStatistics});
 * {@link fr.hdh.catalog.web.stats.StatisticsPage} turns them into the page's view, one table per chart; the
 * page's script ({@code hdh-charts.js}) reads each table and draws it with Apache ECharts, served from
 * its webjar by {@link fr.hdh.catalog.web.page.StaticFilesServlet}. The tables are the page without
 * script and what a screen reader reads; the charts are pictures of them. Nothing is cached: a record the
 * writer has just committed counts at once.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new StatisticsWebModule(catalog)));
 * </pre>
 */
package fr.hdh.catalog.web.stats;
