package fr.hdh.catalog.vocab.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SSSOM mapping: its slots and their values as written in SSSOM (CURIEs, not expanded), in column
 * order. A slot with no value is absent. Multi-valued slots ({@code author_id}…) hold each value apart.
 *
 * <pre>
 * mapping.first("subject_id");        // Optional[IR_BEN_R:BEN_SEX_COD]
 * mapping.with("status", "reviewed");  // a copy with another status
 * </pre>
 */
public record Mapping(Map<String, List<String>> values) {
    public Mapping {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((slot, v) -> {
            if (!v.isEmpty()) {
                copy.put(slot, List.copyOf(v));
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The first (usually the only) value of {@code slot}. */
    public Optional<String> first(String slot) {
        List<String> v = values.get(slot);
        return v == null ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Every value of {@code slot}, none when absent. */
    public List<String> all(String slot) {
        return values.getOrDefault(slot, List.of());
    }

    /** A copy where {@code slot} holds {@code newValues} (removed when none). */
    public Mapping with(String slot, String... newValues) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.put(slot, new ArrayList<>(List.of(newValues)));
        return new Mapping(copy);
    }
}
