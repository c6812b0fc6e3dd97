/**
 * A harvest run: what happens to what a {@link fr.hdh.catalog.harvest.Harvester} read.
 *
 * <ol>
 *   <li>The harvester fills a {@link fr.hdh.catalog.harvest.run.CollectingSink}: records by IRI, and the
 *       items it could not read, with their reasons.</li>
 *   <li>A record another harvest source brought from another document, and still gives, is left to
 *       that source (noted, not written): two sources publishing the same IRI do not overwrite each other
 *       at every run ({@link fr.hdh.catalog.harvest.run.SourceRecords#fromOtherSources}).</li>
 *   <li>Every record of a DCAT or CKAN source goes through the repairs with one right reading
 *       ({@code harvest.repair}), each change listed.</li>
 *   <li>The {@link fr.hdh.catalog.harvest.run.ValidationGate} validates each batch with
 *       {@code records().validateHandedOver} and the lenient {@code ViolationDrops} (on all cores; the
 *       records' graphs are handed over, not copied; the shapes and vocabularies were built while the
 *       source was read): a value that breaks a rule is dropped and listed with the rule, and the record
 *       validated again; a record whose main resource still misses a mandatory property is rejected with
 *       its report and the rest are written by {@code putValidated} in a few transactions (about eight per
 *       wave), so a crash leaves every record as before or fully written. Content whose hash did not
 *       change is not written (UNCHANGED). The search index follows each commit on a background thread
 *       ({@code SearchService.inBackground}) while the next part is written; the run waits for it to
 *       catch up before it ends, and names in its note the records the index could not take (repaired
 *       from the store at the next start).</li>
 *   <li>Each record amended or refused is kept as its source published it, with its amendments, in the
 *       private workspace ({@code AsPublished}); the run counts the records stored with repairs and with
 *       drops, the repairs by kind and the drops by rule ({@link fr.hdh.catalog.harvest.run.AmendmentTally}).</li>
 *   <li>Records the source gave before but not now are withdrawn (kept, marked). Which records came
 *       from a source is read from their own provenance: each is attributed to the agent
 *       {@code <base>agent/harvest-ID} ({@link fr.hdh.catalog.harvest.run.SourceRecords}). Withdrawal is
 *       skipped when the harvester could not read a whole document or page (an item named
 *       {@code "page …"} or {@code "document …"}): what is missing might only be unread.</li>
 *   <li>Each dataset written is scored by the catalogue as it is committed
 *       ({@link fr.hdh.catalog.core.quality.QualityService}, as every public dataset is), in the source's
 *       quality graph {@code <base>harvest/quality/ID}; while the run lasts, the measurements it causes name
 *       the run as the activity that produced them.</li>
 *   <li>The run itself is a PROV activity in its own graph ({@code <base>harvest/run/ID/TIME}) with the
 *       counts seen, added, changed, unchanged, withdrawn, rejected and each rejection's reason
 *       ({@link fr.hdh.catalog.harvest.run.RunGraph}); {@link fr.hdh.catalog.harvest.run.RunLog} lists them.</li>
 * </ol>
 *
 * <pre>
 * HarvestRunner runner = new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults());
 * RunReport report = runner.run(source, progress);
 * report.counts().added();  report.rejections();
 * </pre>
 */
package fr.hdh.catalog.harvest.run;
