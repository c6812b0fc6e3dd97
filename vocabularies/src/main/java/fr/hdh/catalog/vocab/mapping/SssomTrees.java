package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.MalformedInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping set as a tree of maps, lists and scalars, the shape of SSSOM JSON: the set-level slots,
 * {@code curie_map} (or, as JSON-LD writers give it, the prefixes of {@code @context}),
 * {@code extension_definitions} and {@code mappings}, a list of objects whose multi-valued slots are lists
 * and numbers are numbers. A JSON library turns text into such a tree and back; the checks are those of
 * the TSV reader, each failure naming its place ({@code mappings[3].confidence}).
 *
 * <pre>
 * Map&lt;String, Object&gt; tree = SssomTrees.tree(set);      // then written by Jackson
 * MappingSet set = SssomTrees.read(objectMapper.readValue(json, Map.class), "posted.json");
 * </pre>
 */
public final class SssomTrees {
    static final String MAPPINGS = "mappings";

    private SssomTrees() {}

    /** The set as a tree: its metadata, then its mappings. */
    public static Map<String, Object> tree(MappingSet set) {
        Map<String, Object> out = new LinkedHashMap<>(SssomHeader.tree(set));
        MappingSetSlots slots = new MappingSetSlots(set.extensions(), set.curies());
        List<String> columns = SssomTsvWriter.columns(set);
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (Mapping m : set.mappings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : columns) {
                List<String> v = m.all(c);
                if (v.isEmpty()) {
                    continue;
                }
                if (slots.multivalued(c)) {
                    row.put(c, v);
                } else if (slots.range(c) == SssomSlots.Range.DOUBLE) {
                    row.put(c, Double.valueOf(v.get(0)));
                } else {
                    row.put(c, v.get(0));
                }
            }
            mappings.add(row);
        }
        out.put(MAPPINGS, mappings);
        return out;
    }

    /**
     * The set a tree describes.
     *
     * @throws MalformedInputException naming the key or the mapping and slot of the first problem
     */
    public static MappingSet read(Map<String, Object> tree, String source) {
        Map<String, Object> header = new LinkedHashMap<>(tree);
        Object mappings = header.remove(MAPPINGS);
        Object context = header.remove("@context");
        header.keySet().removeIf(k -> k.startsWith("@"));
        if (!header.containsKey(SssomHeader.CURIE_MAP) && context instanceof Map<?, ?> ctx) {
            Map<String, String> prefixes = new LinkedHashMap<>();
            ctx.forEach((k, v) -> {
                if (v instanceof String ns && !String.valueOf(k).startsWith("@")) {
                    prefixes.put(String.valueOf(k), ns);
                }
            });
            header.put(SssomHeader.CURIE_MAP, prefixes);
        }
        SssomHeader.Parts parts = SssomHeader.read(header, source, key -> -1);
        if (!(mappings instanceof List<?> list)) {
            throw new MalformedInputException(source, -1, mappings == null ? "no \"mappings\" list" : "\"mappings\" is not a list", null);
        }
        List<Mapping> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            if (!(list.get(i) instanceof Map<?, ?> row)) {
                throw new MalformedInputException(source, -1, "mappings[" + i + "] is not an object", null);
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : row.entrySet()) {
                String slot = String.valueOf(e.getKey());
                List<String> v = new ArrayList<>();
                for (Object x : e.getValue() instanceof List<?> l ? l : java.util.Collections.singletonList(e.getValue())) {
                    if (x instanceof Map<?, ?> || x instanceof List<?>) {
                        throw new MalformedInputException(source, -1, "mappings[" + i + "]." + slot + ": a nested value", null);
                    }
                    if (x != null && !String.valueOf(x).isBlank()) {
                        v.add(String.valueOf(x).strip());
                    }
                }
                if (!v.isEmpty()) {
                    values.put(slot, v);
                }
            }
            out.add(parts.checks().mapping(values, new SssomChecks.Place() {
                @Override
                public long line() {
                    return -1;
                }

                @Override
                public String slot(String name) {
                    return "mappings[" + index + "]." + name;
                }
            }));
        }
        return new MappingSet(parts.curieMap(), parts.metadata(), parts.extensions(), out);
    }
}
