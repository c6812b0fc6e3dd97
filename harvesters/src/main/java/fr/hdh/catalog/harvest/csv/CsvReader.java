package fr.hdh.catalog.harvest.csv;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file with a header row: comma-separated, cells optionally in double quotes,
 * a doubled quote inside quotes standing for one quote, commas and line breaks allowed inside quotes,
 * CRLF or LF line ends, UTF-8 (a leading byte-order mark is skipped).
 *
 * <p>Strict on purpose: an unterminated quote, text after a closing quote, a quote inside an unquoted
 * cell, or a record whose cell count differs from the header's raise a {@link MalformedInputException}
 * naming the file and the line where the record starts, instead of shifting cells into the wrong columns.
 *
 * <pre>
 * for (CsvRow row : CsvReader.read(Path.of("datasets.csv"))) {
 *     String title = row.get("title_fr");
 * }
 * </pre>
 */
public final class CsvReader {
    private final Reader in;
    private final String source;
    private long line = 1;
    private int peeked = -2;

    private CsvReader(Reader in, String source) {
        this.in = in;
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
        skipByteOrderMark();
        List<String> header = record();
        if (header == null) {
            throw new MalformedInputException(source, 1, "empty file, a header row is required", null);
        }
        checkHeader(header);
        List<CsvRow> rows = new ArrayList<>();
        while (true) {
            long start = line;
            List<String> cells = record();
            if (cells == null) {
                return rows;
            }
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line, usually the file's last
            }
            if (cells.size() != header.size()) {
                throw new MalformedInputException(source, start,
                        "expected " + header.size() + " cells, found " + cells.size(), null);
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), cells.get(i));
            }
            rows.add(new CsvRow(source, start, byName));
        }
    }

    private void checkHeader(List<String> header) {
        if (new HashSet<>(header).size() != header.size()) {
            throw new MalformedInputException(source, 1, "duplicate column name in header " + header, null);
        }
    }

    /** The cells of the next record, or null at the end of the input. */
    private List<String> record() throws IOException {
        if (peek() == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(peek() == '"' ? quotedCell() : plainCell());
            int c = next();
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                next();
            }
            return cells;
        }
    }

    private String quotedCell() throws IOException {
        long start = line;
        next();
        StringBuilder cell = new StringBuilder();
        while (true) {
            int c = next();
            if (c == -1) {
                throw new MalformedInputException(source, start, "unterminated quoted cell", null);
            }
            if (c == '"') {
                if (peek() != '"') {
                    int after = peek();
                    if (after != ',' && after != '\r' && after != '\n' && after != -1) {
                        throw new MalformedInputException(source, line, "text after a closing quote", null);
                    }
                    return cell.toString();
                }
                next();
            }
            cell.append((char) c);
        }
    }

    private String plainCell() throws IOException {
        StringBuilder cell = new StringBuilder();
        while (true) {
            int c = peek();
            if (c == ',' || c == '\r' || c == '\n' || c == -1) {
                return cell.toString();
            }
            if (c == '"') {
                throw new MalformedInputException(source, line, "a quote inside an unquoted cell", null);
            }
            cell.append((char) next());
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == '\uFEFF') {
            next();
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int next() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
