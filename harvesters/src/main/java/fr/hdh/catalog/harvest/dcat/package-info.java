/**
 * DCAT, DCAT-AP and HealthDCAT-AP sources: a file, a folder of files or a URL, in Turtle, RDF/XML,
 * JSON-LD, N-Triples (also N-Quads and TriG). A URL is followed through its Hydra paging
 * ({@code hydra:next} of a {@code hydra:PartialCollectionView}); the paging triples are dropped. Each
 * document is cut into records by {@link fr.hdh.catalog.core.io.RecordSplitter} after the mechanical
 * DCAT-AP 2.x to 3 upgrade of {@link fr.hdh.catalog.harvest.dcat.DcatApUpgrade}.
 *
 * <p>Real portals are messy: a document that does not parse is reported ({@code "document …"} or
 * {@code "page …"}) and the others are read; a dataset without an IRI is reported; what validates is
 * stored by the run and the rest rejected with its report. An RDF/XML document that stops on a link
 * with characters IRIs may not hold raw ({@code ?LAYER[zoom]=1}) is read again with them
 * percent-encoded ({@link fr.hdh.catalog.harvest.dcat.IriRepair}), so one bad link does not hide a
 * whole catalogue. JSON-LD contexts are loaded only through
 * the harvest's {@link fr.hdh.catalog.core.net.Fetcher} (same address checks) or from the harvested
 * folder, never by the JSON-LD library on its own; RDF/XML is read by Jena's parser, whose XML input
 * has DTDs and external entities off.
 */
package fr.hdh.catalog.harvest.dcat;
