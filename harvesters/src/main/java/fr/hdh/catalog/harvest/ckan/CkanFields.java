package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one CKAN dict (a package, a resource, or one item of a scheming repeating field), read
 * the way ckanext-dcat reads them: a key at the root, else the {@code extras} entry of that key or of
 * {@code dcat_} + key (classic CKAN keeps DCAT values in extras). A list is a JSON array, a JSON
 * array written as a string (as extras hold them), a comma-separated string, or a single value; a
 * repeating subfield is an array of objects, or that array as a JSON string.
 */
record CkanFields(JsonNode node) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The value of {@code key}, or a missing node. */
    JsonNode value(String key) {
        JsonNode v = node.path(key);
        if (present(v)) {
            return v;
        }
        for (JsonNode e : node.path("extras")) {
            String k = e.path("key").asText("");
            if ((k.equals(key) || k.equals("dcat_" + key)) && present(e.path("value"))) {
                return e.path("value");
            }
        }
        return node.path("\u0000missing");
    }

    /** The value of {@code key} as trimmed text, or "" (objects and arrays are not text). */
    String text(String key) {
        JsonNode v = value(key);
        return v.isValueNode() && !v.isNull() ? v.asText().trim() : "";
    }

    /** The first of {@code keys} that has a text value, or "". */
    String first(String... keys) {
        for (String k : keys) {
            if (!text(k).isEmpty()) {
                return text(k);
            }
        }
        return "";
    }

    /** The values of a list field, each trimmed and non-empty. */
    List<String> list(String key) {
        List<String> items = new ArrayList<>();
        JsonNode v = value(key);
        if (v.isTextual()) {
            v = parsed(v.asText().trim()).orElse(v);
        }
        if (v.isArray()) {
            v.forEach(i -> add(items, i.isValueNode() && !i.isNull() ? i.asText() : ""));
        } else if (v.isTextual()) {
            String s = v.asText();
            for (String part : s.contains(",") ? s.split(",") : new String[] {s}) {
                add(items, part);
            }
        } else if (v.isNumber()) {
            add(items, v.asText());
        }
        return items;
    }

    /** The items of a repeating subfield that hold at least one value. */
    List<CkanFields> objects(String key) {
        JsonNode v = value(key);
        if (v.isTextual()) {
            v = parsed(v.asText().trim()).orElse(v);
        }
        List<CkanFields> items = new ArrayList<>();
        if (v.isObject()) {
            v = JSON.createArrayNode().add(v);
        }
        for (JsonNode i : v) {
            if (i.isObject() && hasValue(i)) {
                items.add(new CkanFields(i));
            }
        }
        return items;
    }

    /** True when any field of this dict holds a value (ckanext-dcat's "not an empty dict"). */
    static boolean hasValue(JsonNode object) {
        for (JsonNode v : object) {
            if (v.isObject() ? hasValue(v) : v.isArray() ? v.size() > 0 && hasArrayValue(v) : present(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArrayValue(JsonNode array) {
        for (JsonNode v : array) {
            if (v.isContainerNode() ? hasValue(v) || v.isArray() && hasArrayValue(v) : present(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isBlank();
        }
        if (v.isBoolean()) {
            return true;
        }
        return !v.isContainerNode() || v.size() > 0;
    }

    private static void add(List<String> items, String value) {
        String v = value.trim();
        if (!v.isEmpty()) {
            items.add(v);
        }
    }

    /** A JSON array or object written as a string, as CKAN extras hold them. */
    private static java.util.Optional<JsonNode> parsed(String s) {
        if (!s.startsWith("[") && !s.startsWith("{")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(JSON.readTree(s)).filter(JsonNode::isContainerNode);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
