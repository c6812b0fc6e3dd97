/**
 * The graph store: Jena TDB2 on disk (in memory for tests), one named graph per record, the union of
 * them as the default graph for queries. Transactions only; no logic about records here.
 */
package fr.hdh.catalog.core.store;
