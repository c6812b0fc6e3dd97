/**
 * The HTTP server: one Jetty (through Fuseki's builder) carrying the SPARQL endpoint, the JSON API and
 * the health check; the readiness state the health check reports; and the filters in front of everything:
 * the Content-Security-Policy and {@code nosniff} on every answer ({@link fr.hdh.catalog.web.server.SecurityHeaders}),
 * and the limit of a request body, 413 past it ({@link fr.hdh.catalog.web.server.RequestBodyLimit}).
 */
package fr.hdh.catalog.web.server;
