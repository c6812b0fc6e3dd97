package fr.hdh.catalog.harvest.tableschema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of an SNDS table: its fields point to fields of another table, named by its table
 * name only (the referenced table may belong to another product).
 *
 * @param fields the referencing fields of this table
 * @param referencedTable the referenced table's name, for example {@code IR_BEN_R}
 * @param referencedFields the referenced fields, in the same order
 */
public record ForeignKey(List<String> fields, String referencedTable, List<String> referencedFields) {
    public ForeignKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedFields = List.copyOf(referencedFields);
    }
}
