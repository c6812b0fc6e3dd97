package fr.hdh.catalog.vocab.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several stored sets as the one set an SSSOM file can hold: the curie maps joined (a prefix two sets
 * bind to different namespaces gets a numbered name for the second), each mapping's CURIEs rewritten for
 * the joined map, the set it comes from in {@code mapping_source} and the set's licence in
 * {@code license} when it has none of its own.
 */
final class MappingSetMerge {
    private MappingSetMerge() {}

    static MappingSet merge(String id, String title, Map<String, MappingSet> setsByIri) {
        Map<String, String> curieMap = new LinkedHashMap<>();
        List<ExtensionDefinition> extensions = new ArrayList<>();
        for (MappingSet set : setsByIri.values()) {
            set.curieMap().forEach((p, ns) -> {
                if (!curieMap.containsValue(ns)) {
                    String name = p;
                    for (int n = 2; curieMap.containsKey(name); n++) {
                        name = p + "_" + n;
                    }
                    curieMap.put(name, ns);
                }
            });
            set.extensions().stream().filter(e -> extensions.stream().noneMatch(x -> x.slotName().equals(e.slotName())))
                    .forEach(extensions::add);
        }
        Curies joined = new Curies(curieMap);
        List<Mapping> mappings = new ArrayList<>();
        setsByIri.forEach((iri, set) -> {
            Curies own = set.curies();
            MappingSetSlots slots = new MappingSetSlots(set.extensions(), own);
            String source = Curies.absolute(set.id()) ? set.id() : iri;
            for (Mapping m : set.mappings()) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                m.values().forEach((slot, v) -> values.put(slot, slots.range(slot) == SssomSlots.Range.ENTITY
                        ? v.stream().map(x -> joined.compact(own.expand(x).orElse(x))).toList() : v));
                values.putIfAbsent("mapping_source", List.of(joined.compact(source)));
                set.meta("license").ifPresent(l -> values.putIfAbsent("license", List.of(l)));
                mappings.add(new Mapping(values));
            }
        });
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put(MappingSet.ID, List.of(id));
        metadata.put("mapping_set_title", List.of(title));
        return new MappingSet(curieMap, metadata, extensions, mappings);
    }
}
