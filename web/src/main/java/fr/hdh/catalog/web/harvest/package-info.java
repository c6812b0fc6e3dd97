/**
 * Harvesting in the server: {@code GET /api/harvest/runs} (the runs as JSON, with counts and
 * rejections; at most 200 a request; a local source shown by its name, never a folder of the server),
 * the admin endpoints to add, remove and run sources ({@code Authorization: Bearer <token>}, checked
 * before a request body is read; no token configured → 403, a wrong or missing one → 401; a source
 * added through the API is an http(s) URL or a file of the one harvest files folder of the settings),
 * and a scheduler that runs the sources that have an interval, one run at a time. The scheduler starts and stops with the server
 * (through a pass-through filter, which Jetty initialises at start-up and destroys at shutdown). The
 * public page {@code GET /quality} sums up what the runs measured, per source: the spread of the
 * datasets' quality scores and the indicators that cost points most often; {@code GET /api/quality} and
 * {@code GET /api/quality/dataset?iri=IRI} give the same as JSON.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness,
 *         List.of(new HarvestWebModule(catalog, HarvestWebSettings.of(dataDir, System.getenv("HDH_ADMIN_TOKEN")))));
 * </pre>
 */
package fr.hdh.catalog.web.harvest;
