package fr.hdh.catalog.harvest.csv;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file with a header row: comma-separated, cells optionally in double quotes,
 * a doubled quote inside quotes standing for one quote, commas and line breaks allowed inside quotes,
 * CRLF or LF line ends, UTF-8 (a leading byte-order mark is skipped). Commons CSV does the parsing.
 *
 * <p>Strict on purpose: an unterminated quote, text after a closing quote, a duplicate column name or
 * a record whose cell count differs from the header's raise a {@link MalformedInputException} naming
 * the file and the line where the record starts, instead of shifting cells into the wrong columns. A
 * quote inside an unquoted cell is kept as a character (it cannot shift cells).
 *
 * <pre>
 * for (CsvRow row : CsvReader.read(Path.of("datasets.csv"))) {
 *     String title = row.get("title_fr");
 * }
 * </pre>
 */
public final class CsvReader {
    /** Blank lines are read as records (and skipped here) so that the parser's line count is exact. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String source;

    private CsvReader(Reader in, String source) throws IOException {
        this.parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.source = source;
    }

    /** The records of {@code file}, header excluded; the path may live in a zip (jar) file system. */
    public static List<CsvRow> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** The records read from {@code reader}; {@code source} names it in error messages. */
    public static List<CsvRow> read(Reader reader, String source) throws IOException {
        return new CsvReader(reader, source).rows();
    }

    private List<CsvRow> rows() throws IOException {
        CSVRecord header = next(1);
        if (header == null) {
            throw new MalformedInputException(source, 1, "empty file, a header row is required", null);
        }
        List<String> names = header.toList();
        if (new HashSet<>(names).size() != names.size()) {
            throw new MalformedInputException(source, 1, "duplicate column name in header " + names, null);
        }
        List<CsvRow> rows = new ArrayList<>();
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord cells = next(start);
            if (cells == null) {
                return rows;
            }
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line, usually the file's last
            }
            if (cells.size() != names.size()) {
                throw new MalformedInputException(source, start,
                        "expected " + names.size() + " cells, found " + cells.size(), null);
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byName.put(names.get(i), cells.get(i));
            }
            rows.add(new CsvRow(source, start, byName));
        }
    }

    /** The next record (one empty cell for a blank line), or null at the end of the input. */
    private CSVRecord next(long start) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException syntax) {
                throw new MalformedInputException(source, start, problem(syntax), syntax);
            }
            throw e.getCause();
        }
    }

    /** The parser's problem in our words; its own message gives the line where it noticed it. */
    private static String problem(CSVException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "unterminated quoted cell";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text after a closing quote";
        }
        return message;
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != BYTE_ORDER_MARK && first != -1) {
            reader.unread(first);
        }
        return reader;
    }
}
