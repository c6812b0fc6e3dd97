package fr.hdh.catalog.harvest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured sources, persisted in one JSON file (see the package documentation for why).
 *
 * <pre>
 * SourceRegistry sources = SourceRegistry.in(Path.of("data"));
 * sources.add(new HarvestSource("data-gouv", SourceType.CKAN, "https://www.data.gouv.fr",
 *         Optional.of(Duration.ofHours(24)), Set.of()));
 * sources.list();   sources.remove("data-gouv");
 * </pre>
 */
public final class SourceRegistry {
    /** The file's name in the store's folder. */
    public static final String FILE = "harvest-sources.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SourceRegistry(Path file) {
        this.file = file;
    }

    /** The registry of the store in {@code dataDir}. */
    public static SourceRegistry in(Path dataDir) {
        return new SourceRegistry(dataDir.resolve(FILE));
    }

    /** The file's JSON shape of one source; the interval as an ISO-8601 duration ({@code PT6H}). */
    record Entry(String id, String type, String location, String interval, List<String> allowedHosts) {
        static Entry of(HarvestSource s) {
            return new Entry(s.id(), s.type().cliName(), s.location(), s.interval().map(Duration::toString).orElse(null),
                    s.allowedHosts().stream().sorted().toList());
        }

        HarvestSource toSource() {
            return new HarvestSource(id, SourceType.fromCliName(type), location,
                    Optional.ofNullable(interval).map(Duration::parse),
                    allowedHosts == null ? Set.of() : Set.copyOf(allowedHosts));
        }
    }

    public synchronized List<HarvestSource> list() {
        return read().stream().map(Entry::toSource).toList();
    }

    public synchronized Optional<HarvestSource> find(String id) {
        return list().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Adds a source; refuses an id already used. */
    public synchronized void add(HarvestSource source) {
        List<Entry> entries = new ArrayList<>(read());
        if (entries.stream().anyMatch(e -> e.id().equals(source.id()))) {
            throw new CatalogException("A source named '" + source.id() + "' exists already; remove it first");
        }
        entries.add(Entry.of(source));
        write(entries);
    }

    /** Removes a source; false when there was none of that id. Its records stay (and are not withdrawn). */
    public synchronized boolean remove(String id) {
        List<Entry> entries = new ArrayList<>(read());
        boolean removed = entries.removeIf(e -> e.id().equals(id));
        if (removed) {
            write(entries);
        }
        return removed;
    }

    private List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = json.readValue(file.toFile(), new TypeReference<List<Entry>>() {});
            entries.forEach(Entry::toSource);   // fails now, naming the file, rather than at the next run
            return entries;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedInputException(file.toString(), -1, "not a list of harvest sources: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void write(List<Entry> entries) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".harvest-sources", ".tmp");
            json.writeValue(temp.toFile(), entries);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
