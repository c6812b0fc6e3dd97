package fr.hdh.catalog.harvest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A CSV read back for assertions (RFC 4180, header first). */
record CsvTable(List<String> header, List<List<String>> rows) {

    static CsvTable parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                lines.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return new CsvTable(lines.get(0), lines.subList(1, lines.size()));
    }

    List<String> column(String name) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new AssertionError("No column " + name + " in " + header);
        }
        return rows.stream().map(r -> r.get(at)).toList();
    }

    /** The tuples of several columns, joined with '|'. */
    List<String> tuples(List<String> names) {
        List<List<String>> columns = names.stream().map(this::column).toList();
        return IntStream.range(0, rows.size())
                .mapToObj(i -> columns.stream().map(c -> c.get(i)).collect(Collectors.joining("|")))
                .toList();
    }

}
