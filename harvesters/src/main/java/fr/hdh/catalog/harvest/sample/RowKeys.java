package fr.hdh.catalog.harvest.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The values of key and foreign-key columns, as a pure function of (seed, table, column, row), so that
 * tables generated apart agree: row {@code i} of a table that points to another takes its foreign-key
 * values from row {@code j} of the referenced table, {@code j} itself drawn from (seed, table, key, i)
 * among the same number of rows. Generated with the same seed and row count, every foreign key of one
 * sample therefore names a row of the other.
 */
final class RowKeys {
    /** Chains of foreign keys longer than this are cut (and cycles broken): the value is drawn locally. */
    private static final int MAX_DEPTH = 8;

    private final long seed;
    private final int rows;
    private final ValueDrawer drawer;
    private final Function<String, Optional<SampleTable>> tables;
    private final Map<String, Optional<SampleTable>> cache = new HashMap<>();

    RowKeys(long seed, int rows, ValueDrawer drawer, Function<String, Optional<SampleTable>> tables) {
        this.seed = seed;
        this.rows = rows;
        this.drawer = drawer;
        this.tables = tables;
    }

    /** True when {@code column}'s value is decided here rather than drawn freely. */
    static boolean isKey(SampleTable table, String column) {
        return table.keyColumns().contains(column)
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    String value(SampleTable table, SampleColumn column, int row) {
        return value(table, column, row, 0);
    }

    private String value(SampleTable table, SampleColumn column, int row, int depth) {
        if (depth < MAX_DEPTH) {
            for (int k = 0; k < table.foreignKeys().size(); k++) {
                SampleForeignKey fk = table.foreignKeys().get(k);
                int at = fk.columns().indexOf(column.name());
                if (at < 0) {
                    continue;
                }
                Optional<SampleTable> target = cache.computeIfAbsent(fk.referencedTable(), tables);
                Optional<SampleColumn> targetColumn = target.flatMap(t -> t.column(fk.referencedColumns().get(at)));
                if (targetColumn.isPresent()) {
                    int referencedRow = new Random(mix(table.iri(), "fk-" + k, row)).nextInt(rows);
                    return value(target.get(), targetColumn.get(), referencedRow, depth + 1);
                }
            }
        }
        return drawer.draw(column, new Random(mix(table.iri(), column.name(), row)));
    }

    /** A seed for one cell: the sample's seed mixed with the table, the column and the row (SplitMix64). */
    long mix(String table, String column, int row) {
        long h = seed;
        for (byte b : (table + '\u0000' + column).getBytes(StandardCharsets.UTF_8)) {
            h = scramble(h ^ b);
        }
        return scramble(h ^ row);
    }

    private static long scramble(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
