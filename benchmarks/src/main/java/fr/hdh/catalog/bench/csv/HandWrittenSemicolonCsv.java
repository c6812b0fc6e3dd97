package fr.hdh.catalog.bench.csv;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The baseline: the hand-written reader of the SNDS nomenclatures as it was before Commons CSV replaced
 * it (commit 1278e21, {@code vocab.nomenclature.SemicolonCsv}), unchanged but for its name. One pass over
 * a buffered reader; a quote inside an unquoted value is kept; blank lines are skipped.
 */
final class HandWrittenSemicolonCsv implements Closeable {
    private static final char SEPARATOR = ';';
    private static final char QUOTE = '"';
    private static final int END = -1;
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder value = new StringBuilder(256);
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean started;

    HandWrittenSemicolonCsv(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The line on which the record last returned by {@link #next} starts. */
    long recordLine() {
        return recordLine;
    }

    /**
     * Reads the next record's values into {@code values} (cleared first).
     *
     * @return false at the end of the input
     * @throws MalformedInputException when a quoted value is still open at the end of the input
     */
    boolean next(List<String> values) throws IOException {
        values.clear();
        int c = skipBlankLines();
        if (c == END) {
            return false;
        }
        recordLine = line;
        value.setLength(0);
        boolean atValueStart = true;
        while (true) {
            if (c == QUOTE && atValueStart) {
                c = readQuoted();
                atValueStart = false;
                continue;
            }
            if (c == END || c == '\n') {
                values.add(value.toString());
                if (c == '\n') {
                    line++;
                }
                return true;
            }
            if (c == SEPARATOR) {
                values.add(value.toString());
                value.setLength(0);
                atValueStart = true;
            } else if (c != '\r') {
                value.append((char) c);
                atValueStart = false;
            }
            c = read();
        }
    }

    /** Reads a quoted value up to its closing quote into {@link #value}; returns the character after it. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedInputException(source, recordLine, "a quoted value is never closed", null);
            }
            if (c == QUOTE) {
                int after = read();
                if (after != QUOTE) {
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            value.append((char) c);
        }
    }

    private int skipBlankLines() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == BYTE_ORDER_MARK) {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        return c;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
