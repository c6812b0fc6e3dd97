/**
 * Text at the catalogue's edges: repair of text from real sources (Windows-1252 leftovers, stray white
 * space) before it enters the graph, and HTML escaping of every value a page shows.
 */
package fr.hdh.catalog.core.text;
