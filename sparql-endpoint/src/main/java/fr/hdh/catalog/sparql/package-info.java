/**
 * The SPARQL endpoint: how the graph is served to the public through Fuseki, read only.
 *
 * <p>Owns the Fuseki service registration ({@link fr.hdh.catalog.sparql.SparqlEndpoint}) and its
 * protections, typed in {@link fr.hdh.catalog.sparql.SparqlSettings}: the query timeout, a result cap
 * applied as a {@code LIMIT} and announced in a response header, a filter that refuses every write
 * (SPARQL Update, Graph Store PUT/POST/DELETE) with a 403 that says why and answers 406 to an
 * {@code Accept} it cannot meet, and open CORS. It also describes itself: the SPARQL Service
 * Description on a bare {@code GET /sparql} (for a browser, the {@code QueryEditor} page the web module
 * gives: pages are the web module's) and VoID at {@code /.well-known/void}. It does not start a server: the web module builds the one Jetty process
 * and asks this package to add its service to it.
 */
package fr.hdh.catalog.sparql;
