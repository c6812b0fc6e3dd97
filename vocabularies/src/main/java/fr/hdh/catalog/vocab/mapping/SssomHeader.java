package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.MalformedInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A mapping set's metadata block (the YAML header of a TSV file, the top of an SSSOM JSON document) as a
 * tree of maps, lists and scalars, to and from the model: {@code curie_map}, {@code extension_definitions}
 * and every other set-level slot, each value checked by its slot's range.
 */
final class SssomHeader {
    static final String CURIE_MAP = "curie_map";
    static final String EXTENSIONS = "extension_definitions";

    /** The header read: what a set is made of before its mappings. */
    record Parts(Map<String, String> curieMap, Map<String, List<String>> metadata, List<ExtensionDefinition> extensions,
            SssomChecks checks, MappingSetSlots slots) {}

    private SssomHeader() {}

    /**
     * Reads {@code header}; {@code lineOf} tells the line a key was written on (or -1).
     *
     * @throws MalformedInputException naming the key and line of the first problem
     */
    static Parts read(Map<String, Object> header, String source, ToLongFunction<String> lineOf) {
        Map<String, String> curieMap = new LinkedHashMap<>();
        Object map = header.get(CURIE_MAP);
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> curieMap.put(String.valueOf(k), String.valueOf(v).strip()));
        } else if (map != null) {
            throw fail(source, lineOf.applyAsLong(CURIE_MAP), CURIE_MAP + " must map prefixes to IRIs");
        }
        List<ExtensionDefinition> extensions = new ArrayList<>();
        Object ext = header.get(EXTENSIONS);
        if (ext instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> def) || def.get("slot_name") == null || def.get("property") == null) {
                    throw fail(source, lineOf.applyAsLong(EXTENSIONS), "each extension definition needs slot_name and property");
                }
                extensions.add(new ExtensionDefinition(String.valueOf(def.get("slot_name")), String.valueOf(def.get("property")),
                        Optional.ofNullable(def.get("type_hint")).map(String::valueOf)));
            }
        } else if (ext != null) {
            throw fail(source, lineOf.applyAsLong(EXTENSIONS), EXTENSIONS + " must be a list");
        }
        Curies curies = new Curies(curieMap);
        MappingSetSlots slots = new MappingSetSlots(extensions, curies);
        SssomChecks checks = new SssomChecks(source, curies, slots);
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : header.entrySet()) {
            String key = e.getKey();
            if (key.equals(CURIE_MAP) || key.equals(EXTENSIONS) || e.getValue() == null) {
                continue;
            }
            long line = lineOf.applyAsLong(key);
            SssomChecks.Place place = new SssomChecks.Place() {
                @Override
                public long line() {
                    return line;
                }

                @Override
                public String slot(String name) {
                    return "header key " + name;
                }
            };
            List<String> values = new ArrayList<>();
            for (Object v : e.getValue() instanceof List<?> list ? list : List.of(e.getValue())) {
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    throw fail(source, line, "header key " + key + ": a nested value is not an SSSOM set-level slot value");
                }
                String text = String.valueOf(v).strip();
                if (!text.isEmpty()) {
                    values.add(checks.setValue(key, text, place));
                }
            }
            metadata.put(key, values);
        }
        if (!metadata.containsKey(MappingSet.ID)) {
            throw fail(source, -1, "the header has no " + MappingSet.ID + "; SSSOM requires it");
        }
        return new Parts(curieMap, metadata, extensions, checks, slots);
    }

    /** The set's metadata as a tree to write: curie map first, then the slots in the schema's order. */
    static Map<String, Object> tree(MappingSet set) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(CURIE_MAP, new LinkedHashMap<>(set.curieMap()));
        MappingSetSlots slots = new MappingSetSlots(set.extensions(), set.curies());
        List<String> keys = new ArrayList<>(SssomSlots.mappingSetOrder());
        set.metadata().keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        for (String key : keys) {
            List<String> v = set.metadata().get(key);
            if (v != null) {
                out.put(key, slots.setMultivalued(key) ? new ArrayList<>(v) : v.size() == 1 ? v.get(0) : new ArrayList<>(v));
            }
        }
        if (!set.extensions().isEmpty()) {
            List<Map<String, String>> defs = new ArrayList<>();
            for (ExtensionDefinition e : set.extensions()) {
                Map<String, String> d = new LinkedHashMap<>();
                d.put("slot_name", e.slotName());
                d.put("property", e.property());
                e.typeHint().ifPresent(t -> d.put("type_hint", t));
                defs.add(d);
            }
            out.put(EXTENSIONS, defs);
        }
        return out;
    }

    static MalformedInputException fail(String source, long line, String problem) {
        return new MalformedInputException(source, line, problem, null);
    }
}
