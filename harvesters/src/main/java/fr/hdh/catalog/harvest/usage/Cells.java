package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cells of a usage CSV: optional columns read as empty, lists split on ';' or '|', unknown columns refused. */
final class Cells {
    private Cells() {}

    static String get(CsvRow row, String column) {
        return row.cells().containsKey(column) ? row.get(column) : "";
    }

    static String orNull(CsvRow row, String column) {
        String v = get(row, column);
        return v.isEmpty() ? null : v;
    }

    static List<String> list(CsvRow row, String column) {
        String v = get(row, column);
        return v.isEmpty() ? List.of() : Arrays.stream(v.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Boolean bool(CsvRow row, String column) {
        String v = get(row, column).toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "" -> null;
            case "true", "yes", "oui", "1" -> true;
            case "false", "no", "non", "0" -> false;
            default -> throw new MalformedInputException(row.source(), row.line(),
                    "column " + column + ": '" + v + "' is not true or false", null);
        };
    }

    /** The texts of {@code column_fr}, {@code column_en} and {@code column} (no language) by language tag. */
    static Map<String, String> texts(CsvRow row, String column) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "fr", get(row, column + "_fr"));
        put(out, "en", get(row, column + "_en"));
        put(out, "", get(row, column));
        return out;
    }

    private static void put(Map<String, String> out, String lang, String text) {
        if (!text.isEmpty()) {
            out.put(lang, text);
        }
    }

    /** Refuses a file whose first row names a column the format does not know (a typo would lose its values). */
    static void knownColumns(List<CsvRow> rows, Set<String> known, String source) {
        if (!rows.isEmpty()) {
            for (String column : rows.get(0).cells().keySet()) {
                if (!known.contains(column)) {
                    throw new MalformedInputException(source, 1, "unknown column '" + column + "'; the columns are "
                            + known.stream().sorted().toList(), null);
                }
            }
        }
    }
}
