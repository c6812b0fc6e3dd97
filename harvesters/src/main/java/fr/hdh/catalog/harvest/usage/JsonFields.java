package fr.hdh.catalog.harvest.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.MalformedInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading the fields of a usage JSON object: each of the type it must have, unknown names refused, every
 * problem naming the file and the field's path ({@code [2].sponsor.type}).
 */
final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;
    private final String source;
    private final String path;

    JsonFields(JsonNode node, String source, String path, Set<String> known) {
        this.node = node;
        this.source = source;
        this.path = path;
        if (!node.isObject()) {
            throw fail("", "an object is expected");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(name, "unknown field; the fields are " + known.stream().sorted().toList());
            }
        }
    }

    /** The document, or a {@link MalformedInputException} naming the line and column of the syntax error. */
    static JsonNode parse(String text, String source) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new MalformedInputException(source, 1, "empty JSON document", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new MalformedInputException(source, line, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The objects of a document that is one object or an array of them, each with its path. */
    static Map<String, JsonNode> objects(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.put("[" + i + "]", root.get(i));
            }
        } else {
            out.put("", root);
        }
        return out;
    }

    String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        throw fail(name, "text is expected");
    }

    Boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw fail(name, "true or false is expected");
        }
        return v.booleanValue();
    }

    List<String> texts(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw fail(name, "a list of texts is expected");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw fail(name + "[" + i + "]", "text is expected");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** A text in one language or several: {@code "…"} (no language stated) or {@code {"fr": "…", "en": "…"}}. */
    Map<String, String> langTexts(String name) {
        JsonNode v = node.get(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.put("", v.asText());
            return out;
        }
        if (!v.isObject()) {
            throw fail(name, "text, or an object of texts by language ({\"fr\": …, \"en\": …}), is expected");
        }
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw fail(name + "." + e.getKey(), "text is expected");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    /** The object field {@code name}, read with its own known fields; null when absent. */
    JsonFields object(String name, Set<String> known) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : new JsonFields(v, source, join(name), known);
    }

    String path() {
        return path;
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private MalformedInputException fail(String name, String problem) {
        String where = name.isEmpty() ? path : join(name);
        return new MalformedInputException(source, -1, (where.isEmpty() ? "" : "field " + where + ": ") + problem, null);
    }
}
