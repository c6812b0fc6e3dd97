package fr.hdh.catalog.harvest.file;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.net.Fetcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * Reads the files a user imports or validates into records: RDF in any common syntax (by extension),
 * or a Table Schema data dictionary (JSON with {@code fields}) that adds a table to an existing
 * dataset. Everything is read before anything is written, so one malformed file stops the whole
 * import with nothing written. A JSON-LD file's remote contexts come through the one door (the
 * {@link Fetcher} given), or from the file's own folder; nothing else is read.
 *
 * <pre>
 * RecordFiles.Result read = new RecordFiles(tableSchemaImport, fetcher).read(List.of(Path.of("x.ttl")), "cli");
 * </pre>
 */
public final class RecordFiles {

    /** What the files held: records, and notes on what was skipped. */
    public record Result(List<CatalogRecord> records, List<String> notes) {}

    /** Turns a Table Schema file into the updated record of the dataset it belongs to. */
    @FunctionalInterface
    public interface TableSchemaImport {
        CatalogRecord read(Path file, RecordSource source);
    }

    private final TableSchemaImport tableSchemas;
    private final Fetcher contexts;

    public RecordFiles(TableSchemaImport tableSchemas, Fetcher contexts) {
        this.tableSchemas = tableSchemas;
        this.contexts = contexts;
    }

    public Result read(List<Path> files, String agent) {
        List<CatalogRecord> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new MalformedInputException(file.toString(), -1, "no such file", null);
            }
            RecordSource source = new RecordSource(file.toAbsolutePath().toUri().toString(), agent);
            if (isTableSchema(file)) {
                CatalogRecord dataset = tableSchemas.read(file, source);
                // The tables of one dataset accumulate in one record: keep the latest, in the first's place.
                int earlier = indexOf(records, dataset.iri());
                if (earlier >= 0) {
                    records.set(earlier, dataset);
                } else {
                    records.add(dataset);
                }
                continue;
            }
            Lang lang = isJson(file) ? Lang.JSONLD : RdfFiles.syntaxOf(file).orElseThrow(() -> new MalformedInputException(file.toString(), -1,
                    "unknown file type; use .ttl, .rdf, .jsonld, .nt, .nq, .trig, or a Table Schema .json", null));
            RecordSplitter.Result split = RecordSplitter.split(
                    RdfFiles.read(file, lang, JsonLdContexts.through(contexts, Optional.of(file))), source);
            if (split.records().isEmpty()) {
                throw new MalformedInputException(file.toString(), -1, "holds no record: no resource typed "
                        + "dcat:Dataset, foaf:Organization, skos:ConceptScheme, dct:Standard, foaf:Project or dcat:Catalog", null);
            }
            records.addAll(split.records());
            split.problems().forEach(p -> notes.add(file + ": " + p));
            if (split.unclaimedTriples() > 0) {
                notes.add(file + ": " + split.unclaimedTriples() + " triple(s) describe no record and were skipped");
            }
        }
        return new Result(records, notes);
    }

    private static int indexOf(List<CatalogRecord> records, String iri) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).iri().equals(iri)) {
                return i;
            }
        }
        return -1;
    }

    /** A .json file without a JSON-LD {@code @context} near its start is a Table Schema. */
    static boolean isTableSchema(Path file) {
        return isJson(file) && !startsWithContext(file);
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".json");
    }

    private static boolean startsWithContext(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            char[] head = new char[4096];
            int n = reader.read(head);
            return n > 0 && new String(head, 0, n).contains("\"@context\"");
        } catch (java.io.IOException e) {
            throw new MalformedInputException(file.toString(), -1, "cannot be read: " + e.getMessage(), e);
        }
    }
}
