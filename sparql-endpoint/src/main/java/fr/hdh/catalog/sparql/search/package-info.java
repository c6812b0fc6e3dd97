/**
 * Search inside SPARQL: the property function {@code hdh:search}
 * ({@link fr.hdh.catalog.sparql.search.SearchPropertyFunction}) runs the catalogue's full-text search and
 * binds hits (and scores) so a query can join them with graph patterns; {@link
 * fr.hdh.catalog.sparql.search.SparqlSearch} enables it on a dataset. The function reads the search
 * service from the dataset's context, so it works on the public endpoint and in embedded queries alike.
 */
package fr.hdh.catalog.sparql.search;
