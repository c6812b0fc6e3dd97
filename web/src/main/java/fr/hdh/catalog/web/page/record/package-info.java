/**
 * The readable pages of the resources a dataset's record describes beneath it and of the producers:
 * a table ({@code csvw:Table}: its variables as a table, its dataset's other tables), a variable
 * ({@code csvw:Column}: its code list with its first codes, its SSSOM mappings to OMOP and FHIR, the other
 * tables with a variable of the same name) and a producer ({@code foaf:Organization}: its datasets with the
 * size of their dictionaries).
 *
 * <p>The flow: the dereferencing servlet resolves an IRI, then asks {@link fr.hdh.catalog.web.page.record.RecordPages}
 * for a page by the resource's {@code rdf:type}; it reads the store in one read transaction (the union of
 * the record graphs, so a table finds its dataset and a variable its table, and the named queries of
 * {@link fr.hdh.catalog.web.page.record.RecordQuery} for what lies in other records: mappings, shared
 * names, a producer's datasets, a code list's codes) and gives back a view for the templates
 * {@code table.jte}, {@code variable.jte} and {@code producer.jte}. Any other type keeps the generic
 * property page ({@link fr.hdh.catalog.web.page.ResourcePage}).
 *
 * <pre>
 * Optional&lt;PageView&gt; page = new RecordPages(store, links).view(resolvedGraph, iri, path, lang);
 * </pre>
 */
package fr.hdh.catalog.web.page.record;
