package fr.hdh.catalog.harvest.sample;

import java.util.List;

/**
 * A csvw foreign key of a table: its columns refer to the same number of columns of another table.
 *
 * @param columns the referencing columns, in order
 * @param referencedTable the IRI of the referenced {@code csvw:Table}
 * @param referencedColumns the referenced columns, in the same order
 */
public record SampleForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    public SampleForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("A foreign key of " + columns + " names " + referencedColumns
                    + " in " + referencedTable + ": not the same number of columns");
        }
    }
}
