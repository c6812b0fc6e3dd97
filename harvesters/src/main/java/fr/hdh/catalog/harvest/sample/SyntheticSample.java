package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.core.Catalog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A synthetic sample of a table of the catalogue, as CSV: the header is the table's column names, each
 * row a draw conforming to the variable dictionary (datatypes and lengths, codes of the linked
 * nomenclatures, foreign keys that agree across tables generated with the same seed and row count).
 * Deterministic: the same catalogue, table, row count and seed give the same bytes. No real person's
 * data is read: only the dictionary and the code lists.
 *
 * <pre>
 * String csv = new SyntheticSample(catalog).generate(iris.table("dcir", "ER_PRS_F"), 100, 1L);
 * </pre>
 */
public final class SyntheticSample {
    /** The most rows one sample may have. */
    public static final int MAX_ROWS = 10_000;

    private final Catalog catalog;

    public SyntheticSample(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The sample as a string; see {@link #write}. */
    public String generate(String tableIri, int rows, long seed) {
        StringWriter out = new StringWriter();
        write(tableIri, rows, seed, out);
        return out.toString();
    }

    /**
     * Writes {@code rows} rows of {@code tableIri} to {@code out}.
     *
     * @throws UnknownTableException when the catalogue holds no such {@code csvw:Table}
     * @throws IllegalArgumentException when {@code rows} is not between 1 and {@link #MAX_ROWS}
     */
    public void write(String tableIri, int rows, long seed, Writer out) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", not " + rows);
        }
        catalog.store().read(() -> {
            DictionaryReader dictionary = new DictionaryReader(catalog.store().union());
            SampleTable table = dictionary.table(tableIri).orElseThrow(() -> new UnknownTableException(tableIri));
            ValueDrawer drawer = new ValueDrawer(new CodeLists(catalog.store().union()));
            RowKeys keys = new RowKeys(seed, rows, drawer, dictionary::table);
            writeRows(table, rows, drawer, keys, out);
            return null;
        });
    }

    private static void writeRows(SampleTable table, int rows, ValueDrawer drawer, RowKeys keys, Writer out) {
        List<SampleColumn> columns = table.columns();
        try {
            // Not closed: the writer is the caller's. RFC 4180 quotes a cell only when it needs it.
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(columns.stream().map(SampleColumn::name));
            String[] cells = new String[columns.size()];
            for (int row = 0; row < rows; row++) {
                Random random = new Random(keys.mix(table.iri(), "", row));
                for (int c = 0; c < cells.length; c++) {
                    SampleColumn column = columns.get(c);
                    cells[c] = RowKeys.isKey(table, column.name())
                            ? keys.value(table, column, row) : drawer.draw(column, random);
                }
                csv.printRecord((Object[]) cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample of " + table.iri(), e);
        }
    }
}
