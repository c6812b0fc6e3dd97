package fr.hdh.catalog.harvest.csv;

import fr.hdh.catalog.core.text.TextRepair;
import java.util.Map;

/**
 * One record of a CSV file, by column name.
 *
 * @param source the file it came from, for error messages
 * @param line the line the record starts on (1 is the header)
 * @param cells the raw cell text by column name
 */
public record CsvRow(String source, long line, Map<String, String> cells) {
    public CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The cell, trimmed and with white space folded; empty when the cell is empty (empty means "not found", never "none"). */
    public String get(String column) {
        String raw = cells.get(column);
        if (raw == null) {
            throw new IllegalArgumentException(source + " has no column " + column);
        }
        return TextRepair.repair(raw);
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }
}
