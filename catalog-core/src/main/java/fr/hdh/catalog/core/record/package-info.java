/**
 * The one writer of the catalogue ({@link fr.hdh.catalog.core.record.RecordService}): create, replace,
 * withdraw; validate first, then one transaction; provenance and content hash in each record graph;
 * listeners told of every commit (the search index follows the graph this way). A harvest validates a
 * batch once ({@code validateBatch}, or {@code validateHandedOver} when the caller gives its graphs up
 * rather than have them copied) and writes what conforms ({@code putValidated}); the
 * {@link fr.hdh.catalog.core.record.ValidatedBatch} between the two holds the validated content, so only
 * validated content is ever written, with its provenance beside it (the validated graph is not changed).
 */
package fr.hdh.catalog.core.record;
