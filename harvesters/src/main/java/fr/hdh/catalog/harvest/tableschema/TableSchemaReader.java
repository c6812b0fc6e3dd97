package fr.hdh.catalog.harvest.tableschema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads SNDS Table Schema files into {@link TableSchema} records, one file or a whole folder tree.
 * Works on any {@link Path}, including one inside a jar opened as a zip file system, so the demo
 * dictionary can be read straight from the classpath.
 *
 * <pre>
 * List&lt;TableSchema&gt; tables = new TableSchemaReader().readTree(Path.of("snds/schemas"));
 * TableSchema prestations = new TableSchemaReader().read(Path.of("snds/schemas/DCIR/ER_PRS_F.json"));
 * </pre>
 */
public final class TableSchemaReader {
    private static final String JSON_SUFFIX = ".json";

    private final ObjectMapper json = new ObjectMapper();

    /** Every {@code *.json} file under {@code root}, in path order, with its folder relative to {@code root}. */
    public List<TableSchema> readTree(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(read(root));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(JSON_SUFFIX))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        List<TableSchema> tables = new ArrayList<>(files.size());
        for (Path file : files) {
            tables.add(read(file, folderOf(root, file)));
        }
        return tables;
    }

    /** One file, read on its own (its folder is unknown, so it is left empty). */
    public TableSchema read(Path file) {
        return read(file, "");
    }

    /**
     * One file whose folder relative to the schemas root is {@code folder}.
     *
     * @throws MalformedInputException when the file is not JSON, naming the file and line
     */
    public TableSchema read(Path file, String folder) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * The tables of a document sent as a request body, named {@code source} in messages: one Table Schema
     * (an object with {@code name} and {@code fields}), or a Data Package whose {@code resources} each
     * carry a {@code name} (and {@code title}) and an inline {@code schema}.
     *
     * @throws MalformedInputException when it is not JSON, or neither a Table Schema nor a Data Package
     */
    public List<TableSchema> readTables(InputStream in, String source) throws IOException {
        JsonNode root = parse(in, source);
        if (!root.has("resources")) {
            return List.of(TableSchemaJson.toTable(root, "", source));
        }
        List<TableSchema> tables = new ArrayList<>();
        int index = 0;
        for (JsonNode resource : root.path("resources")) {
            JsonNode schema = resource.path("schema");
            if (!schema.isObject()) {
                throw new MalformedInputException(source, -1, "resources[" + index + "] has no inline \"schema\" object"
                        + " (a schema given by path or URL is not fetched)", null);
            }
            ObjectNode table = schema.deepCopy();
            table.set("name", resource.path("name"));
            if (resource.has("title")) {
                table.set("title", resource.get("title"));
            }
            tables.add(TableSchemaJson.toTable(table, "", source));
            index++;
        }
        if (tables.isEmpty()) {
            throw new MalformedInputException(source, -1, "the data package's \"resources\" is empty", null);
        }
        return tables;
    }

    private TableSchema read(InputStream in, String source, String folder) throws IOException {
        return TableSchemaJson.toTable(parse(in, source), folder, source);
    }

    private JsonNode parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? -1 : at.getLineNr();
            throw new MalformedInputException(source, line, e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedInputException(source, -1, "not a Table Schema (a JSON object is expected)", null);
        }
        return root;
    }

    /** The parent folder of {@code file} relative to {@code root}, always with {@code /} separators. */
    private static String folderOf(Path root, Path file) {
        Path parent = root.relativize(file).getParent();
        if (parent == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        parent.forEach(p -> names.add(p.toString()));
        return String.join("/", names);
    }
}
