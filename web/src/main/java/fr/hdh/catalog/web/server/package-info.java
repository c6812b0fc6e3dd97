/**
 * The HTTP server: one Jetty (through Fuseki's builder) carrying the SPARQL endpoint, the JSON API and
 * the health check; and the readiness state the health check reports.
 */
package fr.hdh.catalog.web.server;
