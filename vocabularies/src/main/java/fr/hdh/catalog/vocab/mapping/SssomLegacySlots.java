package fr.hdh.catalog.vocab.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The mapping slots of SSSOM before 0.9.1, read as today's: {@code match_type} (an enumeration) became
 * {@code mapping_justification} (a SEMAPV term), {@code match_term_type} the pair {@code subject_type} and
 * {@code object_type}, {@code semantic_similarity_score} and {@code semantic_similarity_measure} became
 * {@code similarity_score} and {@code similarity_measure}. Mapping sets made before 2022 still use them. A slot of
 * today given as well wins; a value outside the old enumerations is refused, named.
 */
final class SssomLegacySlots {
    /** The slot of today an old column stands for, when a file has only the old one. */
    static final Map<String, String> RENAMED = Map.of("match_type", "mapping_justification",
            "semantic_similarity_score", "similarity_score", "semantic_similarity_measure", "similarity_measure");
    private static final Map<String, String> MATCH_TYPES = Map.of(
            "Lexical", "semapv:LexicalMatching",
            "Logical", "semapv:LogicalMatching",
            "HumanCurated", "semapv:ManualMappingCuration",
            "Complex", "semapv:CompositeMatching",
            "Unspecified", "semapv:UnspecifiedMatching",
            "SemanticSimilarity", "semapv:SemanticSimilarityThresholdMatching");
    private static final Map<String, String> TERM_TYPES = Map.of(
            "ConceptMatch", "skos concept",
            "ClassMatch", "owl class",
            "ObjectPropertyMatch", "owl object property",
            "IndividualMatch", "owl named individual",
            "DataPropertyMatch", "owl data property",
            "TermMatch", "rdfs literal");

    private SssomLegacySlots() {}

    /** Whether {@code columns} give {@code slot}, by its name today or its name before SSSOM 0.9.1. */
    static boolean gives(List<String> columns, String slot) {
        return columns.contains(slot) || RENAMED.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(slot) && columns.contains(e.getKey()));
    }

    /** {@code values} with the old slots read as today's; {@code checks} and {@code place} name a refused value. */
    static Map<String, List<String>> modernise(Map<String, List<String>> values, SssomChecks checks, SssomChecks.Place place) {
        if (RENAMED.keySet().stream().noneMatch(values::containsKey) && !values.containsKey("match_term_type")) {
            return values;
        }
        Map<String, List<String>> out = new LinkedHashMap<>(values);
        translate(out, "match_type", MATCH_TYPES, checks, place).ifPresent(v -> out.putIfAbsent("mapping_justification", v));
        translate(out, "match_term_type", TERM_TYPES, checks, place).ifPresent(v -> {
            out.putIfAbsent("subject_type", v);
            out.putIfAbsent("object_type", v);
        });
        for (String old : List.of("semantic_similarity_score", "semantic_similarity_measure")) {
            List<String> v = out.remove(old);
            if (v != null) {
                out.putIfAbsent(RENAMED.get(old), v);
            }
        }
        return out;
    }

    private static Optional<List<String>> translate(Map<String, List<String>> values, String slot,
                                                              Map<String, String> enumeration, SssomChecks checks,
                                                              SssomChecks.Place place) {
        List<String> old = values.remove(slot);
        if (old == null) {
            return Optional.empty();
        }
        List<String> today = old.stream().map(v -> {
            String t = enumeration.get(v);
            if (t == null) {
                throw checks.fail(place, slot, "'" + v + "' is not a " + slot + " of SSSOM before 0.9.1 (one of "
                        + String.join(", ", new TreeSet<>(enumeration.keySet())) + ")");
            }
            return t;
        }).toList();
        return Optional.of(today);
    }
}
