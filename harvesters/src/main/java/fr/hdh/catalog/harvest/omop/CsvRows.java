package fr.hdh.catalog.harvest.omop;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a comma-separated file as RFC 4180 defines it: a header row, values that may be quoted, and in
 * quotes commas, line breaks and doubled quotes. Strict, because a specification read wrongly would
 * publish a wrong model: an unclosed quote, text after a closing quote or a row whose width differs
 * from the header's is a {@link MalformedInputException} naming the line.
 *
 * <pre>
 * List&lt;CsvRow&gt; rows = CsvRows.read(Files.newBufferedReader(file), file.toString());
 * rows.get(0).get("cdmTableName");
 * </pre>
 */
public final class CsvRows {
    private static final int END = -1;
    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private final Reader in;
    private final String source;
    private final StringBuilder value = new StringBuilder();
    private long line = 1;
    private long rowLine;
    private int pushedBack = -2;

    private CsvRows(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The data rows of {@code in}, keyed by the header's names; blank lines are ignored. */
    public static List<CsvRow> read(Reader in, String source) throws IOException {
        CsvRows reader = new CsvRows(in, source);
        List<String> header = reader.nextRow();
        List<CsvRow> rows = new ArrayList<>();
        if (header == null) {
            return rows;
        }
        for (List<String> cells = reader.nextRow(); cells != null; cells = reader.nextRow()) {
            if (cells.size() != header.size()) {
                throw new MalformedInputException(source, reader.rowLine,
                        "the row has " + cells.size() + " values, the header " + header.size(), null);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), cells.get(i));
            }
            rows.add(new CsvRow(reader.rowLine, values));
        }
        return rows;
    }

    /** The next non-blank row's values, or null at the end. */
    private List<String> nextRow() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            c = read();
        }
        if (c == END) {
            return null;
        }
        rowLine = line;
        List<String> cells = new ArrayList<>();
        while (true) {
            value.setLength(0);
            c = c == QUOTE ? readQuoted() : readPlain(c);
            cells.add(value.toString());
            if (c != COMMA) {
                return cells;
            }
            c = read();
        }
    }

    /** Reads an unquoted value starting with {@code c}; returns the comma, line end or END after it. */
    private int readPlain(int c) throws IOException {
        while (c != COMMA && c != '\n' && c != END) {
            if (c == '\r') {
                int next = read();
                if (next == '\n' || next == END) {
                    return next;
                }
                unread(next);
            }
            value.append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted value (the opening quote is consumed); returns the comma, line end or END after it. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedInputException(source, rowLine, "a quoted value is never closed", null);
            }
            if (c == QUOTE) {
                int next = read();
                if (next != QUOTE) {
                    return afterClosingQuote(next);
                }
            }
            value.append((char) c);
        }
    }

    private int afterClosingQuote(int c) throws IOException {
        if (c == '\r') {
            c = read();
        }
        if (c == COMMA || c == '\n' || c == END) {
            return c;
        }
        throw new MalformedInputException(source, line, "text after the closing quote of a value", null);
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        pushedBack = c;
    }
}
