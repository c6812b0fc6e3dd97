package fr.hdh.catalog.vocab.mapping;

import java.util.Optional;

/**
 * Which mappings to read: all those of one set, or of every set, narrowed by subject, predicate, object
 * (each a CURIE as written or a full IRI) and review status. An empty field does not narrow.
 */
public record MappingQuery(Optional<String> set, Optional<String> subject, Optional<String> predicate,
        Optional<String> object, Optional<MappingStatus> status) {
    /** Every mapping of every set. */
    public static final MappingQuery ALL = new MappingQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** True when {@code m}, read with {@code curies}, is one of those asked for. */
    boolean accepts(Mapping m, Curies curies) {
        return matches(m, "subject_id", subject, curies) && matches(m, "predicate_id", predicate, curies)
                && matches(m, "object_id", object, curies)
                && status.map(s -> m.first(MappingStatus.SLOT).flatMap(MappingStatus::of)
                        .orElse(MappingStatus.PROPOSED) == s).orElse(true);
    }

    private static boolean matches(Mapping m, String slot, Optional<String> wanted, Curies curies) {
        if (wanted.isEmpty()) {
            return true;
        }
        Optional<String> value = m.first(slot);
        return value.isPresent() && (value.get().equals(wanted.get())
                || curies.expand(value.get()).map(wanted.get()::equals).orElse(false));
    }
}
