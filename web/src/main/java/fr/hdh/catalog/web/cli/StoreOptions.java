package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command shares: which store, and under which base IRI it mints. */
final class StoreOptions {
    /** The port of the default base IRI, {@code http://localhost:8080/}, when neither option nor store names one. */
    private static final int DEFAULT_PORT = 8080;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}); created when missing.")
    Path dataDir;

    @Option(names = "--base-iri", paramLabel = "IRI",
            description = "Base of the IRIs the catalogue mints. Remembered by the store at its first use; "
                    + "default http://localhost:PORT/.")
    String baseIri;

    /** Opens the catalogue in {@link #dataDir} (created when missing), checking the search index as {@code check} says. */
    Catalog open(Catalog.SearchCheck check) {
        return CatalogOpener.open(dataDir, Optional.ofNullable(baseIri), DEFAULT_PORT, check);
    }

    /** As {@link #open(Catalog.SearchCheck)}, minting under {@code fallback} when no {@code --base-iri} is given. */
    Catalog open(Catalog.SearchCheck check, String fallback) {
        return CatalogOpener.open(dataDir, Optional.ofNullable(baseIri).or(() -> Optional.of(fallback)), DEFAULT_PORT, check);
    }
}
