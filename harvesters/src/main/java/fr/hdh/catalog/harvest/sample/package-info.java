/**
 * Open-data samples of datasets, real or synthetic.
 *
 * <p><b>Open samples.</b> Where a source publishes a downloadable sample (a CSV file or URL),
 * {@link fr.hdh.catalog.harvest.sample.OpenSample} measures it (size, SHA-256, first lines) and
 * {@link fr.hdh.catalog.harvest.sample.SampleDistributions#openSample} records it as a
 * {@code dcat:distribution}: {@code dct:format} CSV from the EU file-type table, {@code dcat:byteSize},
 * {@code spdx:checksum} (SHA-256). The preview of its first lines is the distribution's
 * {@code dct:description}, so it is served, harvested and replaced together with the record rather than
 * kept in a separate graph that could drift from it. During a harvest of a remote DCAT or CKAN
 * source, {@link fr.hdh.catalog.harvest.sample.OpenSamples} finds the samples the portal itself serves
 * (an {@code adms:sample}, or a CSV distribution under an open licence, on the source's own host),
 * fetches them through the harvest's fetcher and records the measures on the publisher's distribution
 * ({@link fr.hdh.catalog.harvest.sample.SampleDistributions#measured}).
 *
 * <p><b>Synthetic samples.</b> Where a dataset has a variable dictionary but no sample,
 * {@link fr.hdh.catalog.harvest.sample.SyntheticSample} generates CSV rows from the dictionary alone
 * (columns, {@code csvw:datatype}, {@code hdh:fieldLength}, the {@code skos:notation}s of the concepts
 * of each {@code hdh:codeList} scheme, {@code csvw:foreignKey}s): a pure function of the catalogue, the
 * table, the row count and the seed. Key and foreign-key cells are functions of (seed, table, column,
 * row), so two tables generated with the same seed and row count agree on their keys. A coded column
 * whose scheme the catalogue does not hold stays empty rather than holding an invented code.
 * {@link fr.hdh.catalog.harvest.sample.SyntheticSamples} publishes one {@code adms:sample} per table
 * (titled and described "synthetic"), downloadable from the server's {@code /api/sample}.
 */
package fr.hdh.catalog.harvest.sample;
