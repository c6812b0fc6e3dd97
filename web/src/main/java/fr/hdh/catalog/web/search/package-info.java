/**
 * Search over HTTP: {@code GET /api/search} (hits with snippets as text and their matched parts marked as data; facet counts;
 * pages; order by relevance or title) and {@code GET /api/suggest} (completions as the user types),
 * plugged into the server by {@link fr.hdh.catalog.web.search.SearchWebModule}. Resources only read
 * parameters, call the {@link fr.hdh.catalog.core.search.SearchService} and map its results to DTOs; a
 * request the service refuses becomes a 400 problem+json naming what is wrong.
 */
package fr.hdh.catalog.web.search;
