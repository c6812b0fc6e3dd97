package fr.hdh.catalog.vocab.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An SSSOM mapping set: its curie map, its set-level slots (the YAML header, values as written), the
 * extension slots it declares, and its mappings in order.
 *
 * <pre>
 * MappingSet set = SssomTsvReader.read("snds.sssom.tsv", reader);
 * set.id();                        // https://…/mapping-set/snds-omop-fhir
 * set.mappings().get(0).first("predicate_id");
 * </pre>
 */
public record MappingSet(Map<String, String> curieMap, Map<String, List<String>> metadata,
        List<ExtensionDefinition> extensions, List<Mapping> mappings) {
    /** The one set-level slot every set must have. */
    public static final String ID = "mapping_set_id";

    public MappingSet {
        curieMap = Collections.unmodifiableMap(new LinkedHashMap<>(curieMap));
        Map<String, List<String>> meta = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (!v.isEmpty()) {
                meta.put(k, List.copyOf(v));
            }
        });
        metadata = Collections.unmodifiableMap(meta);
        extensions = List.copyOf(extensions);
        mappings = List.copyOf(mappings);
    }

    /** The set's {@code mapping_set_id}. */
    public String id() {
        List<String> id = metadata.get(ID);
        if (id == null) {
            throw new IllegalStateException("A mapping set without mapping_set_id");
        }
        return id.get(0);
    }

    /** The first value of the set-level slot {@code slot}. */
    public Optional<String> meta(String slot) {
        List<String> v = metadata.get(slot);
        return v == null ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The prefixes of this set and the built-in ones. */
    public Curies curies() {
        return new Curies(curieMap);
    }

    /** The extension definition of {@code slot}, if the set declares one. */
    public Optional<ExtensionDefinition> extension(String slot) {
        return extensions.stream().filter(e -> e.slotName().equals(slot)).findFirst();
    }

    /** The same set with other mappings. */
    public MappingSet withMappings(List<Mapping> others) {
        return new MappingSet(curieMap, metadata, extensions, others);
    }

    /** The same set holding only the mappings {@code keep} accepts. */
    public MappingSet filter(Predicate<Mapping> keep) {
        return withMappings(mappings.stream().filter(keep).toList());
    }

    /** The same set with one more prefix (replacing one of that name). */
    public MappingSet withPrefix(String prefix, String namespace) {
        Map<String, String> m = new LinkedHashMap<>(curieMap);
        m.put(prefix, namespace);
        return new MappingSet(m, metadata, extensions, mappings);
    }

    /** The same set declaring {@code definition} unless it declares that slot already. */
    public MappingSet withExtension(ExtensionDefinition definition) {
        if (extension(definition.slotName()).isPresent()) {
            return this;
        }
        List<ExtensionDefinition> e = new ArrayList<>(extensions);
        e.add(definition);
        return new MappingSet(curieMap, metadata, e, mappings);
    }

    /**
     * The same set with every namespace that starts with {@code from} starting with {@code to} instead:
     * a set written against one catalogue's base IRI, read into another's.
     */
    public MappingSet rebased(String from, String to) {
        Map<String, String> m = new LinkedHashMap<>();
        curieMap.forEach((p, ns) -> m.put(p, ns.startsWith(from) ? to + ns.substring(from.length()) : ns));
        Map<String, List<String>> meta = new LinkedHashMap<>();
        metadata.forEach((k, v) -> meta.put(k, v.stream()
                .map(x -> x.startsWith(from) ? to + x.substring(from.length()) : x).toList()));
        return new MappingSet(m, meta, extensions, mappings);
    }
}
