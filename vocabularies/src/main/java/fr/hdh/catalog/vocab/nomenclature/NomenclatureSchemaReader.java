package fr.hdh.catalog.vocab.nomenclature;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the Table Schema JSON of one nomenclature and picks its code, label and key columns. Uses
 * Jena's JSON parser, which this module already has, rather than adding a JSON library.
 */
final class NomenclatureSchemaReader {
    private static final String ROLE_CODE = "code";
    private static final String ROLE_LABEL = "label";

    private NomenclatureSchemaReader() {}

    /**
     * @param json the nomenclature's JSON file
     * @param sourceFolder the folder it is filed under, naming its source system
     * @throws MalformedInputException when the file is not JSON or lists no field
     */
    static NomenclatureSchema read(Path json, String sourceFolder) {
        JsonObject root = parse(json);
        List<JsonObject> fields = new ArrayList<>();
        JsonValue declared = root.get("fields");
        if (declared != null && declared.isArray()) {
            declared.getAsArray().forEach(v -> {
                if (v.isObject()) {
                    fields.add(v.getAsObject());
                }
            });
        }
        if (fields.isEmpty()) {
            throw new MalformedInputException(json.toString(), -1, "the nomenclature lists no field", null);
        }
        String code = withRole(fields, ROLE_CODE).orElse(text(fields.get(0), "name"));
        Optional<String> label = withRole(fields, ROLE_LABEL).or(() -> textSecondField(fields));
        List<String> primaryKey = names(root.get("primaryKey"));
        List<String> key = primaryKey.contains(code) ? primaryKey : List.of(code);
        String name = text(root, "name");
        if (name.isEmpty()) {
            name = baseName(json);
        }
        List<String> fieldNames = fields.stream().map(f -> text(f, "name")).toList();
        return new NomenclatureSchema(name, text(root, "title"), text(root, "description"),
                sourceFolder, fieldNames, code, label, key);
    }

    private static JsonObject parse(Path json) {
        try (InputStream in = Files.newInputStream(json)) {
            return JSON.parse(in);
        } catch (JsonParseException e) {
            throw new MalformedInputException(json.toString(), e.getLine(), e.getMessage(), e);
        } catch (JsonException e) {
            throw new MalformedInputException(json.toString(), -1, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + json, e);
        }
    }

    /**
     * The second field when it holds text. A second field that is a number is the SNDS technical flag
     * {@code TEC_COL} (0 or 1) in these lists: the code itself is a better label than "0".
     */
    private static Optional<String> textSecondField(List<JsonObject> fields) {
        if (fields.size() < 2) {
            return Optional.empty();
        }
        String type = text(fields.get(1), "type");
        return type.isEmpty() || type.equals("string") ? Optional.of(text(fields.get(1), "name")) : Optional.empty();
    }

    private static Optional<String> withRole(List<JsonObject> fields, String role) {
        return fields.stream().filter(f -> role.equals(text(f, "role"))).map(f -> text(f, "name")).findFirst();
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    /** A primary key written as one name or as an array of names. */
    private static List<String> names(JsonValue v) {
        if (v == null) {
            return List.of();
        }
        if (v.isString()) {
            return List.of(v.getAsString().value());
        }
        List<String> names = new ArrayList<>();
        if (v.isArray()) {
            JsonArray array = v.getAsArray();
            array.forEach(n -> {
                if (n.isString()) {
                    names.add(n.getAsString().value());
                }
            });
        }
        return names;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
