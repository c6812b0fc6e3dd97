/**
 * The one writer of the catalogue ({@link fr.hdh.catalog.core.record.RecordService}): create, replace,
 * withdraw; validate first, then one transaction; provenance and content hash in each record graph;
 * listeners told of every commit (the search index follows the graph this way). A harvest validates a
 * batch once ({@code validateBatch}, or {@code validateHandedOver} when the caller gives its graphs up
 * rather than have them copied) and writes what conforms ({@code putValidated}); the
 * {@link fr.hdh.catalog.core.record.ValidatedBatch} between the two holds the validated content, so only
 * validated content is ever written, with its provenance beside it (the validated graph is not changed).
 * The service holds the store's only {@link fr.hdh.catalog.core.store.StoreWriter}: derived graphs
 * (harvest runs, quality measurements, bulk loads) and restored snapshots are written through it too, and
 * an architecture test ({@code OneWriterTest}) checks that no other class changes the store. A harvest
 * validates leniently ({@code validateHandedOver} with a {@link fr.hdh.catalog.core.validation.Leniency}):
 * values breaking a rule are dropped, round after round, and the batch says what was dropped.
 * {@link fr.hdh.catalog.core.record.AsPublished} keeps, in the private workspace, each harvested record
 * the catalogue amended or refused as its source published it, with the list of amendments.
 */
package fr.hdh.catalog.core.record;
