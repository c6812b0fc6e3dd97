/**
 * Harvesting: the small interface every source type implements ({@link fr.hdh.catalog.harvest.Harvester}),
 * the configured source ({@link fr.hdh.catalog.harvest.HarvestSource}), the sink a harvester fills and
 * the fetcher it reads remote documents with. One sub-package per source type; the run (validation
 * gate, incremental writes, withdrawal, PROV report) sits above them.
 */
package fr.hdh.catalog.harvest;
