/**
 * The search benchmark of issue 3: a seeded synthetic catalogue ({@link CatalogueGenerator}) indexed
 * through the catalogue's own search port ({@code LuceneSearchIndex}) and, side by side on the same data,
 * through Jena's jena-text with SPARQL {@code GROUP BY} facet counts ({@link SearchBenchmark}).
 */
package fr.hdh.catalog.bench.search;
