/**
 * The HTTP server: one Jetty (through Fuseki's builder) carrying the SPARQL endpoint, the JSON API and
 * the health check; the readiness state the health check reports; and the filter in front of everything
 * that puts the Content-Security-Policy and {@code nosniff} on every answer ({@link fr.hdh.catalog.web.server.SecurityHeaders}).
 */
package fr.hdh.catalog.web.server;
