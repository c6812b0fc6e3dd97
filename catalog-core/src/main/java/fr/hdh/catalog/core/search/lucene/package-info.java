/**
 * The Lucene 9.12 adapter of the search port; no Lucene type leaves this package.
 *
 * <p>{@link fr.hdh.catalog.core.search.lucene.LuceneSearchIndex} holds one index (in
 * {@code DIR/search-index} beside the TDB2 store, or in a {@code ByteBuffersDirectory}); updates are
 * searchable at once and committed at most every few seconds (and at close), each commit's user data
 * naming the schema (fields and analysis), so an index of another schema is emptied at open and rebuilt
 * from the store. {@code Analysis}
 * says how French, English, codes and completions are analysed; {@code TextQueries} builds the relevance
 * query programmatically from the words typed (never through a query parser: user text is never
 * syntax), with field weights, phrase boosts and a fuzzy fallback for words found nowhere;
 * {@code Expansion} follows concepts to the variables coded with their scheme and producers to their
 * datasets; {@code Searches} runs a search: {@code SidewaysCounts} finds the hits and the drill-sideways
 * facet counts as set algebra on bit sets ({@code QueryBits} for the words, {@code FacetValueBits} for
 * facet values, counted over {@code SortedSetDocValues}), then only the hits ({@code DocSetQuery}) are
 * scored and ranked ({@code Orders}: equal ranks in the order items were added); {@code HitReader} makes
 * snippets as text in parts, the matches marked (no markup); {@code Suggester} completes what is being typed. {@code Documents} and
 * {@code FacetFields} make Lucene documents, {@code RecordWriter} adds records' blocks from a few threads.
 */
package fr.hdh.catalog.core.search.lucene;
