package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdh harvest once --type TYPE SOURCE [--allow-host HOST]...}: harvests one file, folder or URL
 * into the store and prints the run's summary (counts, then each rejected record with its reason).
 * The source gets a stable id from its type and location ({@code once-dcat-1a2b3c4d5e}), so running the
 * same command again is incremental: unchanged records are not written, records gone are withdrawn.
 */
@Command(name = "once", description = "Harvest one source (a file, a folder or a URL) now and print the run's summary.")
final class HarvestOnceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "dcat, ckan, fhir, tableschema or omop.")
    String type;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A file, a folder or an http(s) URL.")
    String location;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "A loopback or private host (name or address) this harvest may reach; repeatable.")
    List<String> allowedHosts = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SourceType sourceType = parseType(type);
        HarvestSource source = new HarvestSource(idOf(sourceType, location), sourceType, location, Optional.empty(),
                Set.copyOf(allowedHosts));
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            return HarvestConsole.runAndPrint(catalog, source, spec);
        }
    }

    static SourceType parseType(String type) {
        try {
            return SourceType.fromCliName(type);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(e.getMessage(), e);
        }
    }

    /** {@code once-TYPE-} and 10 hex digits of the location's SHA-256: the same source, the same id. */
    static String idOf(SourceType type, String location) {
        String normal = location.startsWith("http://") || location.startsWith("https://") ? location
                : Path.of(location).toAbsolutePath().normalize().toString();
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return "once-" + type.cliName() + "-" + HexFormat.of().formatHex(sha).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
