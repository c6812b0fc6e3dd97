package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of a posted form, for its page: the field it concerns (the id of its input, or {@code ""} when
 * it concerns no field shown) and what is wrong, as the mapping or the profile's shapes said it; a missing
 * mandatory value is said in the reader's language (the field's label says which).
 *
 * @param field the input's name and id, or {@code ""}
 * @param message what is wrong
 * @param missing whether a mandatory value is missing
 */
public record FormError(String field, String message, boolean missing) {
    private static final Pattern SLOT_FIELD = Pattern.compile("dist(\\d+)_(\\w+)");

    public FormError(String field, String message) {
        this(field, message, false);
    }

    /** What is wrong, in the page's language where the bundle says it. */
    public String text(Messages m) {
        return missing ? m.t("form.error.required") : message;
    }

    /**
     * The message key of the field's label, for the summary: {@code form.field.title_fr},
     * {@code form.health.field.hdab} for {@code health_hdab}, {@code form.distribution.field.accessURL} for {@code dist2_accessURL}.
     */
    public String labelKey() {
        Matcher slot = SLOT_FIELD.matcher(field);
        if (slot.matches()) {
            return "form.distribution.field." + slot.group(2);
        }
        return field.startsWith("health_") ? "form.health.field." + field.substring("health_".length()) : "form.field." + field;
    }

    /** The field's label for the summary; a distribution's field names its slot ("Distribution 2: access URL"). */
    public String label(Messages m) {
        Matcher slot = SLOT_FIELD.matcher(field);
        return slot.matches() ? m.f("form.distribution.item", Integer.parseInt(slot.group(1)), m.t(labelKey())) : m.t(labelKey());
    }

    public boolean hasField() {
        return !field.isEmpty();
    }
}
