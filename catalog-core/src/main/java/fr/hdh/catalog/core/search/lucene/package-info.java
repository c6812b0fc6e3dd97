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
 * datasets; {@code Searches} runs the drill-down and drill-sideways facet counts over
 * {@code SortedSetDocValues} (one unscored filtered query per selected facet); {@code HitReader} makes
 * HTML-escaped snippets; {@code Suggester} completes what is being typed.
 */
package fr.hdh.catalog.core.search.lucene;
