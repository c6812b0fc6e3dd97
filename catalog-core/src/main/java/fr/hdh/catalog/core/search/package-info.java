/**
 * Search over the catalogue's items: the port {@link fr.hdh.catalog.core.search.SearchIndex}, its query
 * record {@link fr.hdh.catalog.core.search.SearchQuery} and results, the document model
 * {@link fr.hdh.catalog.core.search.SearchDocument} read from record graphs by
 * {@link fr.hdh.catalog.core.search.SearchDocuments}, and {@link fr.hdh.catalog.core.search.SearchService},
 * which keeps the index in step with the store.
 *
 * <p>One document per dataset, table, variable ({@code csvw:Column}), concept, code list, producer and
 * standard. Each is read from its own record graph only (tables and variables carry the labels and
 * facets of the dataset of the same record), so a commit reindexes exactly the records it wrote. The
 * store stays the truth: each record's content hash is kept beside its documents, and at start-up the
 * records whose hash differs are reindexed; {@code rebuild} starts from nothing.
 *
 * <p>Links between records (a variable's code list, a dataset's producer) are followed at query time:
 * the words that match concepts (their {@code skos:prefLabel} and {@code skos:altLabel}) bring in the
 * variables coded with their scheme, and those that name a producer bring in its datasets. See the
 * Lucene adapter's {@code Expansion} for why this is done at query time.
 *
 * <pre>
 * SearchResult r = catalog.search().search(SearchQuery.text("diagnostic principal").withFilter(Facet.KIND, "variable"));
 * r.hits().get(0).iri();    // …/dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL
 * </pre>
 */
package fr.hdh.catalog.core.search;
