/**
 * The SPARQL endpoint: how the graph is served to the public through Fuseki, read only.
 *
 * <p>Owns the Fuseki service registration and its protections (query timeout, read-only
 * operations). It does not start a server: the web module builds the one Jetty process and asks this
 * package to add its service to it.
 */
package fr.hdh.catalog.sparql;
