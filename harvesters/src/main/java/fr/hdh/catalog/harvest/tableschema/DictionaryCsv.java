package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the data dictionary template: a CSV file (UTF-8, comma-separated, RFC 4180, one header row) with
 * one row per variable, the rows of one table together or not, several tables in one file. Columns:
 * <table>
 * <tr><td>{@code table}</td><td>required</td><td>the table's name, for example {@code ER_PRS_F}</td></tr>
 * <tr><td>{@code table_title}</td><td>optional</td><td>the table's title (the first one given for a table is kept)</td></tr>
 * <tr><td>{@code name}</td><td>required</td><td>the variable's name, unique in its table</td></tr>
 * <tr><td>{@code title}</td><td>optional</td><td>a short title</td></tr>
 * <tr><td>{@code description}</td><td>optional</td><td>what the variable holds</td></tr>
 * <tr><td>{@code type}</td><td>optional</td><td>a Table Schema type ({@code string} when empty)</td></tr>
 * <tr><td>{@code length}</td><td>optional</td><td>the declared length</td></tr>
 * <tr><td>{@code code_list}</td><td>optional</td><td>the name of the code list its values come from, for example {@code IR_CIM_V}</td></tr>
 * <tr><td>{@code primary_key}</td><td>optional</td><td>{@code yes} when the variable is part of the table's primary key</td></tr>
 * </table>
 * The template with an example is {@code docs/data-dictionary-template.csv}. A file that breaks a rule is
 * refused whole, with the line and the column at fault.
 */
public final class DictionaryCsv {
    static final List<String> COLUMNS = List.of(
            "table", "table_title", "name", "title", "description", "type", "length", "code_list", "primary_key");
    private static final Set<String> REQUIRED = Set.of("table", "name");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "o", "x");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "non");

    private DictionaryCsv() {}

    /** The tables of the file, in the order their first row comes; {@code source} names it in messages. */
    public static List<TableSchema> read(InputStream in, String source) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(new InputStreamReader(in, utf8), source);
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(source, -1, "not UTF-8 text: save the file as CSV UTF-8", e);
        }
        if (rows.isEmpty()) {
            throw new MalformedInputException(source, 2, "no variable: the file has a header and no row", null);
        }
        checkHeader(rows.get(0), source);
        Map<String, Building> tables = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String table = required(row, "table");
            String name = required(row, "name");
            Building building = tables.computeIfAbsent(table, Building::new);
            if (!building.names.add(name)) {
                throw at(row, "name", "variable " + name + " is given twice in table " + table);
            }
            if (building.title.isEmpty() && !optional(row, "table_title").isEmpty()) {
                building.title = optional(row, "table_title");
            }
            String type = optional(row, "type").toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !ColumnMapper.TABLE_SCHEMA_TYPES.contains(type)) {
                throw at(row, "type", "'" + row.get("type") + "' is not a Table Schema type (one of "
                        + String.join(", ", ColumnMapper.TABLE_SCHEMA_TYPES.stream().sorted().toList()) + ")");
            }
            if (isYes(row)) {
                building.primaryKey.add(name);
            }
            building.fields.add(new FieldSchema(name, optional(row, "title"), optional(row, "description"),
                    type.isEmpty() ? "string" : type, optional(row, "length"), optional(row, "code_list"),
                    "", "", "", ""));
        }
        List<TableSchema> read = new ArrayList<>();
        for (Building b : tables.values()) {
            read.add(new TableSchema(b.name, b.title, "", "", "", b.fields, b.primaryKey, List.of(), source));
        }
        return read;
    }

    private static void checkHeader(CsvRow first, String source) {
        Set<String> present = first.cells().keySet();
        List<String> unknown = present.stream().filter(c -> !COLUMNS.contains(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new MalformedInputException(source, 1, "unknown column " + String.join(", ", unknown)
                    + " (the template's columns are " + String.join(", ", COLUMNS) + ")", null);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !present.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new MalformedInputException(source, 1, "missing column " + String.join(", ", missing), null);
        }
    }

    private static String required(CsvRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw at(row, column, "empty; every row needs a " + column);
        }
        return value;
    }

    private static String optional(CsvRow row, String column) {
        return row.cells().containsKey(column) ? row.get(column) : "";
    }

    private static boolean isYes(CsvRow row) {
        String value = optional(row, "primary_key").toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw at(row, "primary_key", "'" + row.get("primary_key") + "' is neither yes nor no");
    }

    private static MalformedInputException at(CsvRow row, String column, String problem) {
        return new MalformedInputException(row.source(), row.line(), "column " + column + ": " + problem, null);
    }

    /** A table as its rows come. */
    private static final class Building {
        final String name;
        String title = "";
        final Set<String> names = new LinkedHashSet<>();
        final List<FieldSchema> fields = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();

        Building(String name) {
            this.name = name;
        }
    }
}
