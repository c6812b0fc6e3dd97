/**
 * The download of synthetic samples over HTTP: {@code GET /api/sample?table=IRI&rows=N&seed=S} answers
 * the CSV that {@link fr.hdh.catalog.harvest.sample.SyntheticSample} generates from the table's variable
 * dictionary (rows capped at {@link fr.hdh.catalog.web.sample.SampleResource#MAX_ROWS}), 400 with a
 * problem+json naming the bad parameter, 404 for a table the catalogue does not describe.
 * {@link fr.hdh.catalog.web.sample.SampleWebModule} plugs it into the server.
 */
package fr.hdh.catalog.web.sample;
