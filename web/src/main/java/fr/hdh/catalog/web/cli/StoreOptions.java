package fr.hdh.catalog.web.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: which store, and under which base IRI it mints. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}); created when missing.")
    Path dataDir;

    @Option(names = "--base-iri", paramLabel = "IRI",
            description = "Base of the IRIs the catalogue mints. Remembered by the store at its first use; "
                    + "default http://localhost:PORT/.")
    String baseIri;
}
