package fr.hdh.catalog.harvest.omop;

/**
 * One field of an OMOP CDM table. Texts the specification leaves as {@code NA} are empty.
 *
 * @param table the table's name
 * @param name the field's name, for example {@code person_id}
 * @param required whether every row must have a value
 * @param datatype the CDM datatype as published ({@code integer}, {@code varchar(50)}, {@code date}…)
 * @param userGuidance what the field means
 * @param etlConventions how to fill it
 * @param primaryKey whether the field is (part of) the table's primary key
 * @param foreignTable the table a foreign key points to, empty when the field is no foreign key
 * @param foreignField the field it points to
 */
public record OmopField(
        String table,
        String name,
        boolean required,
        String datatype,
        String userGuidance,
        String etlConventions,
        boolean primaryKey,
        String foreignTable,
        String foreignField) {

    /** True when the field points to a field of another table. */
    public boolean isForeignKey() {
        return !foreignTable.isEmpty();
    }
}
