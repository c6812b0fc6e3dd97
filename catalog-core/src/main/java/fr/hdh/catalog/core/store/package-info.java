/**
 * The graph store: Jena TDB2 on disk (in memory for tests), one named graph per record, the union of
 * them as the default graph for queries. Transactions only; no logic about records here. {@link
 * fr.hdh.catalog.core.store.CatalogStore} reads; changing it takes its {@link
 * fr.hdh.catalog.core.store.StoreWriter}, handed out once, to the catalogue's one writer.
 */
package fr.hdh.catalog.core.store;
