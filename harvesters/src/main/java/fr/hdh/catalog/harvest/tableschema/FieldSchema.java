package fr.hdh.catalog.harvest.tableschema;

import java.util.Objects;
import java.util.Optional;

/**
 * One field (variable) of an SNDS table. Absent keys are read as empty strings.
 *
 * @param name the column name, for example {@code BEN_AMA_COD}
 * @param title the short human title (Table Schema's {@code title}), empty in the SNDS files, which give only
 *     a description
 * @param description the French description
 * @param type the Table Schema type ({@code string}, {@code integer}, {@code number}, {@code date},
 *     {@code boolean}, {@code year}, {@code yearmonth}, {@code datetime})
 * @param length the declared length, possibly empty
 * @param nomenclature the code list reference as written, {@code -} or empty when none; may name a
 *     column too ({@code MS_CIM_V:CIM_COD})
 * @param dateCreated the year the field appeared, possibly empty
 * @param dateDeleted the year the field was dropped, possibly empty
 * @param businessRule the management rule ({@code regle_gestion}), possibly empty
 * @param observation the remark, possibly empty
 */
public record FieldSchema(
        String name,
        String title,
        String description,
        String type,
        String length,
        String nomenclature,
        String dateCreated,
        String dateDeleted,
        String businessRule,
        String observation) {

    private static final String NO_NOMENCLATURE = "-";

    public FieldSchema {
        Objects.requireNonNull(name, "name");
    }

    /**
     * The name of the nomenclature the field's values come from, without the column suffix that a few
     * fields add ({@code MS_CIM_V:CIM_COD} gives {@code MS_CIM_V}).
     */
    public Optional<String> codeListName() {
        String value = nomenclature == null ? "" : nomenclature.trim();
        if (value.isEmpty() || value.equals(NO_NOMENCLATURE)) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        return Optional.of(colon < 0 ? value : value.substring(0, colon).trim());
    }
}
