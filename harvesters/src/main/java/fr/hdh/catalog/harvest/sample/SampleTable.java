package fr.hdh.catalog.harvest.sample;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code csvw:Table} of the catalogue as the sample generator reads it.
 *
 * @param iri the table's IRI
 * @param name its csvw:name
 * @param columns its columns, in a stable order (by name)
 * @param foreignKeys its outgoing foreign keys
 * @param keyColumns the columns other rows may point to: its primary key and the columns named by
 *     foreign keys of other tables; their values are drawn per row so that referencing tables agree
 */
public record SampleTable(String iri, String name, List<SampleColumn> columns, List<SampleForeignKey> foreignKeys,
                          Set<String> keyColumns) {
    public SampleTable {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        keyColumns = Set.copyOf(keyColumns);
    }

    public Optional<SampleColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
