/**
 * The strategic plan's performance indicators, computed from the public graph.
 *
 * <p>What each indicator is lives in {@code ontologies}, under {@code hdh/indicators/}: one Turtle file
 * ({@code indicators.ttl}) giving each its id, names and definition in French and English, unit, yearly
 * targets and the {@code .rq} file that computes it, with an optional second query whose rows detail the
 * figure (by wave, year, country…). {@link IndicatorDefinitions} reads that file and parses every query
 * once, so a typo fails at start-up. {@link Indicators} runs the queries on the union of the public
 * store's record graphs, all in one read transaction and on every call — no cache, so a record the
 * writer has just committed counts at once. The queries may use two bound values, {@code ?since}
 * (twelve months before now) and {@code ?hub} (the hub's producer record); nothing is concatenated.
 *
 * <p>An indicator whose data the graph does not hold yet still answers: no value, or 0, with the note its
 * definition gives ({@link IndicatorResult#note()}); never a figure from elsewhere.
 *
 * <pre>
 * Indicators indicators = new Indicators(catalog.store(), IndicatorDefinitions.bundled(), hubIri, Clock.systemUTC());
 * for (IndicatorResult r : indicators.all()) {
 *     System.out.println(r.indicator().id() + " " + r.value().orElse(null) + " " + r.indicator().targets());
 * }
 * </pre>
 */
package fr.hdh.catalog.core.indicators;
