package fr.hdh.catalog.harvest.omop;

import java.util.Map;

/**
 * One data row of a CSV file, by column name.
 *
 * @param line the line the row starts on (a quoted value may span lines)
 * @param values the row's values by header name
 */
public record CsvRow(long line, Map<String, String> values) {
    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The value of {@code column}; empty when the file has no such column. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
