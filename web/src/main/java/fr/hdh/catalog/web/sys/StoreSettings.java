package fr.hdh.catalog.web.sys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a store folder remembers about itself beside the database: the base IRI its records were
 * minted under, so a restart with other options does not mint a second set of IRIs.
 */
public final class StoreSettings {
    static final String FILE = "hdh-catalog.properties";
    private static final String BASE_IRI = "base-iri";

    private StoreSettings() {}

    /** The base IRI stored in {@code dataDir}, if any. */
    public static Optional<String> baseIri(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.ofNullable(p.getProperty(BASE_IRI));
    }

    /** Records the base IRI in {@code dataDir}. */
    public static void saveBaseIri(Path dataDir, String baseIri) {
        Properties p = new Properties();
        p.setProperty(BASE_IRI, baseIri);
        try {
            Files.createDirectories(dataDir);
            try (Writer w = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(w, "HDH catalogue store settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(FILE), e);
        }
    }
}
