/**
 * The JSON API (Jersey, under {@code /api}): thin resources that parse a request, call one service and
 * map the answer to a DTO. No SPARQL or graph surgery here.
 */
package fr.hdh.catalog.web.api;
