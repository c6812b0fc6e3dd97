/**
 * Metadata quality, catalogue-wide: every dataset that becomes public — harvested, loaded with the demo,
 * imported with {@code hdh import}, published by a producer — gets a score in the spirit of data.europa.eu's
 * MQA ({@link fr.hdh.catalog.core.quality.QualityIndicator}: findability, accessibility, interoperability,
 * reusability, contextuality), written as W3C DQV in one derived graph per source
 * ({@code <base>harvest/quality/ID}, {@link fr.hdh.catalog.core.quality.QualityGraph}), never in the record
 * graph (its hash would change).
 *
 * <ol>
 *   <li>{@link fr.hdh.catalog.core.quality.QualityService} listens to the one writer's commits. After each,
 *       it measures the dataset records written, in one more transaction through the writer
 *       ({@code RecordService.changeDerived}): the former measurement comes out of whichever quality graph
 *       held it, the new one goes into the graph of the record's source
 *       ({@link fr.hdh.catalog.core.quality.QualitySources}: read from its provenance); a withdrawn
 *       dataset keeps no score. Only triples that differ are written.</li>
 *   <li>A dataset's measurement is its total and the indicators that cost it points; an indicator at its
 *       maximum is implied by the metric's {@code hdh:maxPoints}. The total names the activity that
 *       measured it (a harvest run, the demo load) and keeps it while the results stay the same.</li>
 *   <li>Each quality graph holds a {@link fr.hdh.catalog.core.quality.QualityTally} of its datasets (count,
 *       points, ten score bands, datasets short on each indicator), changed in the same transaction as the
 *       measurements, so a source's {@link fr.hdh.catalog.core.quality.QualitySummary} costs a few look-ups;
 *       the service keeps the summaries in memory until the store's version changes.</li>
 *   <li>At open, {@code synchronize} measures the dataset records no graph measures yet and counts the
 *       tally of a graph that has none.</li>
 * </ol>
 *
 * <pre>
 * Optional&lt;DatasetQuality&gt; one = catalog.quality().dataset(datasetIri);   // the dataset page, /api/quality/dataset
 * List&lt;QualitySummary&gt; sources = catalog.quality().sources();           // /quality, /api/quality
 * </pre>
 */
package fr.hdh.catalog.core.quality;
