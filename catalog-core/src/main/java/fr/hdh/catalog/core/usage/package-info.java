/**
 * Usage of the catalogue's data: the public register of projects (who used which datasets, for what, on
 * which legal basis, at which step) and the publications that used them, and the reuse indicators read
 * from both.
 *
 * <p>A project and a publication are records of their own (kinds {@code PROJECT} and {@code PUBLICATION}),
 * each one named graph, written by {@link fr.hdh.catalog.core.usage.UsageService} through the one writer
 * after its form is checked (every problem named by field) and its graph validated against our shapes. The
 * graphs follow the usage model described in {@code hdh/ontology/hdh.ttl}: FOAF, schema.org, PROV, DPV,
 * CiTO and BIBO terms, ours only for what none offers. A dataset's own record, which belongs to its
 * producer, is never touched: a publication's graph says {@code <dataset> dct:isReferencedBy <publication>}
 * for readers who start from the dataset. A publication is named by its DOI
 * ({@code https://doi.org/10.…}, normalised by {@link fr.hdh.catalog.core.usage.Doi}), so the same paper
 * imported twice, from two files or two formats, is one record whose dataset links are merged.
 *
 * <pre>
 * UsageService usage = new UsageService(catalog.records(), catalog.store(), catalog.iris());
 * usage.putPublications(List.of(form), new RecordSource("urn:hdh:api", "curator"));
 * DatasetReuse reuse = usage.reuse(catalog.iris().dataset("pmsi-mco"));
 * </pre>
 */
package fr.hdh.catalog.core.usage;
