package fr.hdh.catalog.harvest.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV read back for assertions (RFC 4180, header first). */
record CsvTable(List<String> header, List<List<String>> rows) {

    static CsvTable parse(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            List<List<String>> lines = parser.stream().map(CSVRecord::toList).toList();
            return new CsvTable(lines.get(0), lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
