package fr.hdh.catalog.harvest.tableschema;

import java.util.List;
import java.util.Objects;

/**
 * One SNDS table as described by its Table Schema file.
 *
 * @param name the table name, for example {@code ER_PRS_F}
 * @param title the French title, possibly empty
 * @param product the SNDS product named in the file ({@code produit}), for example {@code PMSI MCO}
 * @param folder the folder of the file relative to the schemas root, with {@code /} separators
 *     (for example {@code PMSI/PMSI MCO}); empty when the file was read on its own
 * @param observation the free-text remark on the table, possibly empty
 * @param fields the fields in file order
 * @param primaryKey the primary key's field names, empty when the table has none
 * @param foreignKeys the foreign keys in file order
 * @param source the file, for messages
 */
public record TableSchema(
        String name,
        String title,
        String product,
        String folder,
        String observation,
        List<FieldSchema> fields,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        String source) {

    public TableSchema {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }
}
