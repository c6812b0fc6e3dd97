package fr.hdh.catalog.vocab.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of a multi-valued slot in one TSV cell, separated by {@code |}; a value holding a
 * {@code |} escapes it as {@code \|}, and a backslash before {@code |}, another backslash or the end
 * as {@code \\} (SSSOM 1.1). Any other backslash is kept as it is, as SSSOM 1.0 files wrote it.
 */
final class MultiValues {
    private MultiValues() {}

    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                current.append(cell.charAt(++i));
            } else if (c == '|') {
                values.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString().strip());
        return values.stream().filter(v -> !v.isEmpty()).toList();
    }

    static String join(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                boolean escape = c == '|' || c == '\\' && (i + 1 == v.length() || v.charAt(i + 1) == '|' || v.charAt(i + 1) == '\\');
                if (escape) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
