package fr.hdh.catalog.web.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * How a resource is named, read from its labels and notation: the best label for a language (its
 * {@code skos:prefLabel} in that language, else in French, else without language, else any; then the
 * other naming properties in the same order), and its notation.
 */
final class Names {
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String PREF_LABEL = SKOS + "prefLabel";
    static final String NOTATION = SKOS + "notation";
    /** The naming properties, best first. */
    private static final List<String> ORDER = List.of(PREF_LABEL, "http://purl.org/dc/terms/title",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/ns/csvw#title", "http://www.w3.org/ns/csvw#name");

    private record Value(String property, String text, String lang) {}

    private final List<Value> values = new ArrayList<>();

    /** Adds one value of {@code property}; values that are not literals are ignored. */
    void add(String property, Node value) {
        if (value != null && value.isLiteral()) {
            values.add(new Value(property, value.getLiteralLexicalForm(), value.getLiteralLanguage()));
        }
    }

    Optional<String> notation() {
        return values.stream().filter(v -> v.property().equals(NOTATION)).map(Value::text).sorted().findFirst();
    }

    /** The best label in {@code lang}; empty when the resource has none. */
    Optional<String> label(String lang) {
        for (String property : ORDER) {
            for (String wanted : List.of(lang, "fr", "")) {
                Optional<String> found = values.stream()
                        .filter(v -> v.property().equals(property) && v.lang().equalsIgnoreCase(wanted))
                        .map(Value::text).sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            Optional<String> any = values.stream().filter(v -> v.property().equals(property)).map(Value::text).sorted().findFirst();
            if (any.isPresent()) {
                return any;
            }
        }
        return Optional.empty();
    }

    /** The values of {@code property} in exactly {@code lang} ({@code ""}: without language), sorted. */
    List<String> exactly(String property, String lang) {
        return values.stream().filter(v -> v.property().equals(property) && v.lang().equalsIgnoreCase(lang))
                .map(Value::text).sorted().distinct().toList();
    }
}
