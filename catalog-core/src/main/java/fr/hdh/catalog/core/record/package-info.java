/**
 * The one writer of the catalogue ({@link fr.hdh.catalog.core.record.RecordService}): create, replace,
 * withdraw; validate first, then one transaction; provenance and content hash in each record graph;
 * listeners told of every commit (the search index follows the graph this way).
 */
package fr.hdh.catalog.core.record;
