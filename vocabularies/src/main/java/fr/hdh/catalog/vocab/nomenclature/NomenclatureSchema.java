package fr.hdh.catalog.vocab.nomenclature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the JSON file of one nomenclature says, reduced to what a concept scheme needs.
 *
 * @param name the nomenclature's name, for example {@code IR_CIM_V}; also the scheme's identifier
 * @param title the French title, possibly empty
 * @param description the French description, possibly empty
 * @param sourceFolder the folder the nomenclature is filed under, naming its source system
 *     ({@code ORAVAL}, {@code ORAREF}, {@code ATIH}…); empty when unknown
 * @param fields the names of the list's columns, in the JSON's order
 * @param codeField the column holding the code: the field with role {@code code}, else the first
 * @param labelField the column holding the label: the field with role {@code label}, else the second
 *     field when it holds text; empty otherwise (the code then serves as label)
 * @param keyFields the columns that together identify a row: the declared primary key when it
 *     includes the code column (a commune code is unique only within its département), else the
 *     code column alone
 */
public record NomenclatureSchema(
        String name,
        String title,
        String description,
        String sourceFolder,
        List<String> fields,
        String codeField,
        Optional<String> labelField,
        List<String> keyFields) {

    public NomenclatureSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codeField, "codeField");
        Objects.requireNonNull(labelField, "labelField");
        fields = List.copyOf(fields);
        keyFields = List.copyOf(keyFields);
    }

    /** True when a row is identified by more than its code. */
    public boolean hasCompositeKey() {
        return keyFields.size() > 1;
    }
}
