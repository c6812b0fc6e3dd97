/**
 * The HDH seed catalogue (France's Health Data Hub and the SNDS: 40 real datasets, 22 producers, plus
 * four SNDS products of the data dictionary) read from CSV into DCAT-AP 3 / HealthDCAT-AP release 8
 * records, each meeting the profile of its access level.
 *
 * <p>Owns the reader of
 * the two files ({@link fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader}), the bundled copies of the
 * files ({@link fr.hdh.catalog.harvest.catalogue.BundledCatalogue}) and the documented mapping tables
 * from the files' free text to authority IRIs: access level, health category, publisher type, update
 * frequency. It never invents a fact: an empty cell writes nothing, and a value no table knows is
 * refused with the file and line, not guessed. The authority IRIs come from
 * {@link fr.hdh.catalog.vocab.eu.EuAuthority}; the EU background that types them, from
 * {@link fr.hdh.catalog.vocab.eu.EuVocabularies}.
 *
 * <pre>
 * HdhCatalogueReader reader = new HdhCatalogueReader(iris, new RecordSource("urn:hdh:demo", "catalogue"));
 * List&lt;CatalogRecord&gt; producers = reader.producers(BundledCatalogue.producers());
 * List&lt;CatalogRecord&gt; datasets = new ArrayList&lt;&gt;(reader.datasets(BundledCatalogue.datasets()));
 * datasets.addAll(reader.datasets(BundledCatalogue.sndsProducts()));
 * </pre>
 */
package fr.hdh.catalog.harvest.catalogue;
