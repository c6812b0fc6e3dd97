/**
 * The strategic plan's performance indicators on the web: {@code GET /api/indicators} (JSON, or CSV by
 * {@code Accept: text/csv} or {@code ?format=csv}), {@code GET /api/indicators/{id}}, and the
 * {@code /indicators} dashboard (each value beside its yearly targets, as bars and as tables).
 *
 * <p>The indicators themselves (definitions in {@code ontologies}, queries run on the public store) are
 * {@code core.indicators}; this package parses the request, asks {@link fr.hdh.catalog.core.indicators.Indicators}
 * and writes the answer. Nothing is cached: each request computes the values afresh, so a record the writer
 * has just committed shows at once.
 */
package fr.hdh.catalog.web.indicators;
