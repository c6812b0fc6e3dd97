package fr.hdh.catalog.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a catalogue is opened: where its TDB2 database lives and under which base IRI it mints the
 * IRIs of what it describes. Validated once, when built.
 *
 * @param dataDir the folder of the TDB2 database, or empty for an in-memory store (tests)
 * @param baseIri the base of minted IRIs, absolute, ending with {@code /}
 */
public record CatalogConfig(Optional<Path> dataDir, String baseIri) {
    public CatalogConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(baseIri, "baseIri");
        if (!baseIri.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("The base IRI must be an absolute http(s) IRI, not: " + baseIri);
        }
        if (!baseIri.endsWith("/")) {
            baseIri = baseIri + "/";
        }
    }

    /** Where the search index lives: {@code DIR/search-index} beside the store, or in memory when the store is. */
    public Optional<Path> searchIndexDir() {
        return dataDir.map(d -> d.resolve("search-index"));
    }

    /** Where the private workspace lives (versions, drafts, audit, users): {@code DIR/workspace}, or in memory. */
    public Optional<Path> workspaceDir() {
        return dataDir.map(d -> d.resolve("workspace"));
    }

    public static CatalogConfig onDisk(Path dataDir, String baseIri) {
        return new CatalogConfig(Optional.of(dataDir), baseIri);
    }

    public static CatalogConfig inMemory(String baseIri) {
        return new CatalogConfig(Optional.empty(), baseIri);
    }
}
