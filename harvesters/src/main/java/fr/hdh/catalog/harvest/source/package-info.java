/**
 * The configured harvest sources ({@link fr.hdh.catalog.harvest.HarvestSource}): added, listed and
 * removed from the CLI and the admin API, kept in {@code harvest-sources.json} in the store's folder.
 *
 * <p>Why a file and not a graph in the store: sources are configuration, not catalogue content. In the
 * store they would be served by the public SPARQL endpoint (whose default graph is the union of all
 * graphs), which would publish the loopback and private hosts a source is allowed to reach and the
 * addresses of internal sources. A small JSON file beside the database is also easy to read, back up and
 * edit by hand; it is written whole to a temporary file and moved into place, so a crash leaves either
 * the old list or the new one.
 */
package fr.hdh.catalog.harvest.source;
