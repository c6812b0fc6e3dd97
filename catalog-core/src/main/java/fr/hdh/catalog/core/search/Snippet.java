package fr.hdh.catalog.core.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the words matched in a hit's text: the text in parts, each marked when the words matched there.
 * Plain text, never markup: whoever shows it escapes it and marks the matched parts its own way (a page
 * with {@code <mark>}, the JSON API as data).
 *
 * @param parts the text in order; the parts' texts joined are the snippet's text
 */
public record Snippet(List<Part> parts) {
    /** A piece of the text, marked when the words matched there. */
    public record Part(String text, boolean marked) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** Text where nothing matched. */
    public static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** The text as a reader sees it. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** True when the words matched somewhere in it. */
    public boolean marked() {
        return parts.stream().anyMatch(Part::marked);
    }
}
