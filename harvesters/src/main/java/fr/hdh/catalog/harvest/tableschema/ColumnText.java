package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.text.TextRepair;
import java.util.ArrayList;
import java.util.List;

/**
 * The title and description of a column, from the field's description, management rule and remark.
 * HealthDCAT-AP requires both on every column; the SNDS dictionary gives one description per field,
 * sometimes long, plus optional notes.
 */
final class ColumnText {
    /** Titles are shown in lists and headers: longer descriptions are cut at a word. */
    static final int TITLE_MAX = 120;

    private ColumnText() {}

    /**
     * The field's own title when it has one, otherwise the repaired description; cut to {@link #TITLE_MAX}
     * characters at a word boundary.
     */
    static String title(FieldSchema field) {
        String own = TextRepair.repair(field.title());
        String text = own == null || own.isEmpty() ? describedOrNamed(field) : own;
        if (text.length() <= TITLE_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_MAX - 1);
        return text.substring(0, cut > 0 ? cut : TITLE_MAX - 1) + "…";
    }

    /** The repaired description, followed by the management rule and the remark when present. */
    static String description(FieldSchema field) {
        List<String> parts = new ArrayList<>();
        parts.add(describedOrNamed(field));
        String rule = TextRepair.repair(field.businessRule());
        if (!rule.isEmpty()) {
            parts.add("Règle de gestion : " + rule);
        }
        String remark = TextRepair.repair(field.observation());
        if (!remark.isEmpty()) {
            parts.add("Observation : " + remark);
        }
        return String.join("\n", parts);
    }

    /**
     * The description, or the field name when the description is empty: the profile requires a title
     * and a description on every column, and the name is the only text such a field has.
     */
    private static String describedOrNamed(FieldSchema field) {
        String text = TextRepair.repair(field.description());
        return text == null || text.isEmpty() ? field.name() : text;
    }
}
