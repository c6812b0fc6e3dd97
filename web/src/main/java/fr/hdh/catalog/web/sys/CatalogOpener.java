package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the catalogue for a command or the server: settles the base IRI (the option, else what the
 * store remembers, else {@code http://localhost:PORT/}), warns when an option contradicts the store,
 * and wires the controlled vocabularies in as validation background.
 */
public final class CatalogOpener {
    private CatalogOpener() {}

    public static Catalog open(Path dataDir, Optional<String> baseIriOption, int port) {
        return open(dataDir, baseIriOption, port, Catalog.SearchCheck.AT_OPEN);
    }

    /** Opens the catalogue, leaving the search check to the caller when {@code check} says so. */
    public static Catalog open(Path dataDir, Optional<String> baseIriOption, int port, Catalog.SearchCheck check) {
        Optional<String> remembered = StoreSettings.baseIri(dataDir);
        String baseIri = baseIriOption.or(() -> remembered).orElse("http://localhost:" + port + "/");
        CatalogConfig config;
        try {
            config = CatalogConfig.onDisk(dataDir, baseIri);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        if (remembered.isPresent() && !remembered.get().equals(config.baseIri())) {
            System.err.println("hdh: warning: the store in " + dataDir + " was created with base IRI "
                    + remembered.get() + "; records minted now use " + config.baseIri());
        }
        if (remembered.isEmpty()) {
            StoreSettings.saveBaseIri(dataDir, config.baseIri());
        }
        return Catalog.open(config, Background.lookup(), check);
    }

    /** Opens the store in {@code dataDir} only if one exists there (validation must not create stores). */
    public static Optional<Catalog> openExisting(Path dataDir, Optional<String> baseIriOption) {
        if (!java.nio.file.Files.isDirectory(dataDir) || StoreSettings.baseIri(dataDir).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(dataDir, baseIriOption, 8080));
    }
}
