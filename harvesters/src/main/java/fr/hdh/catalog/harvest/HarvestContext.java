package fr.hdh.catalog.harvest;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.Fetcher;

/**
 * What a harvester needs besides its source: the IRIs to mint, the provenance to give each record,
 * and the fetcher for remote documents.
 */
public record HarvestContext(CatalogIris iris, RecordSource recordSource, Fetcher fetcher) {}
