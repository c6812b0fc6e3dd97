package fr.hdh.catalog.harvest.tableschema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link TableSchema} records from a parsed Table Schema document. The SNDS files write a
 * key of one field either as a string or as an array of strings; both are read as a list.
 */
final class TableSchemaJson {
    private TableSchemaJson() {}

    static TableSchema toTable(JsonNode root, String folder, String source) {
        List<FieldSchema> fields = new ArrayList<>();
        for (JsonNode field : root.path("fields")) {
            fields.add(toField(field));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonNode fk : root.path("foreignKeys")) {
            JsonNode reference = fk.path("reference");
            foreignKeys.add(new ForeignKey(
                    names(fk.path("fields")), text(reference, "resource"), names(reference.path("fields"))));
        }
        return new TableSchema(
                text(root, "name"),
                text(root, "title"),
                text(root, "produit"),
                folder,
                text(root, "observation"),
                fields,
                names(root.path("primaryKey")),
                foreignKeys,
                source);
    }

    private static FieldSchema toField(JsonNode field) {
        return new FieldSchema(
                text(field, "name"),
                text(field, "title"),
                text(field, "description"),
                text(field, "type"),
                text(field, "length"),
                text(field, "nomenclature"),
                text(field, "dateCreated"),
                text(field, "dateDeleted"),
                text(field, "regle_gestion"),
                text(field, "observation"));
    }

    /** The key's text; empty when absent or null (the SNDS files write {@code "length": null}). */
    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    /** A string or an array of strings, as a list; empty when absent. */
    private static List<String> names(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().isEmpty() ? List.of() : List.of(node.asText());
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node) {
            if (n.isValueNode() && !n.asText().isEmpty()) {
                names.add(n.asText());
            }
        }
        return names;
    }
}
