package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.MalformedInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What SSSOM requires of a mapping, checked the same way for every format, each failure naming where
 * it is: a subject and an object (an id or, for a literal mapping, a label), a predicate and a
 * justification; every CURIE's prefix declared; numbers that are numbers, confidences between 0 and 1;
 * dates as {@code yyyy-mm-dd}. Numbers are kept in one spelling ({@code 1.0}, {@code 0.95}) so a value
 * reads back as it was stored.
 */
final class SssomChecks {
    /** Where a value sits, for the message: a line (or -1) and how to name the slot. */
    interface Place {
        long line();

        String slot(String name);
    }

    private final String source;
    private final Curies curies;
    private final MappingSetSlots slots;

    SssomChecks(String source, Curies curies, MappingSetSlots slots) {
        this.source = source;
        this.curies = curies;
        this.slots = slots;
    }

    /** The mapping, its numbers spelt one way; throws naming the place of the first problem. */
    Mapping mapping(Map<String, List<String>> given, Place place) {
        Map<String, List<String>> values = SssomLegacySlots.modernise(given, this, place);
        require(values, place, "subject_id", "subject_label");
        require(values, place, "predicate_id", null);
        require(values, place, "object_id", "object_label");
        require(values, place, "mapping_justification", null);
        LinkedHashMap<String, List<String>> checked = new LinkedHashMap<>();
        values.forEach((name, v) -> checked.put(name, v.stream().map(x -> value(name, x, place, false)).toList()));
        return new Mapping(checked);
    }

    /** A set-level value, checked by its slot's range. */
    String setValue(String name, String value, Place place) {
        return value(name, value, place, true);
    }

    private String value(String name, String value, Place place, boolean setLevel) {
        SssomSlots.Range range = setLevel ? slots.setRange(name) : slots.range(name);
        switch (range) {
            case ENTITY -> {
                if (curies.expand(value).isEmpty()) {
                    String prefix = Curies.prefixOf(value).orElse(null);
                    throw fail(place, name, prefix == null ? "'" + value + "' is neither a CURIE nor an absolute IRI"
                            : "'" + value + "' uses the prefix '" + prefix + "', which the curie_map does not declare");
                }
                return value;
            }
            case DOUBLE -> {
                double d;
                try {
                    d = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw fail(place, name, "'" + value + "' is not a number");
                }
                boolean unit = name.equals("confidence") || name.equals("mapping_set_confidence");
                if (Double.isNaN(d) || unit && (d < 0 || d > 1)) {
                    throw fail(place, name, "'" + value + "' is not a confidence between 0 and 1");
                }
                return Double.toString(d);
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw fail(place, name, "'" + value + "' is not a date written yyyy-mm-dd");
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    private void require(Map<String, List<String>> values, Place place, String slot, String alternative) {
        if (values.containsKey(slot) || alternative != null && values.containsKey(alternative)) {
            return;
        }
        throw fail(place, slot, "no value" + (alternative == null ? "" : " (nor " + alternative + ")")
                + "; SSSOM requires it");
    }

    MalformedInputException fail(Place place, String slot, String problem) {
        return new MalformedInputException(source, place.line(), place.slot(slot) + ": " + problem, null);
    }
}
