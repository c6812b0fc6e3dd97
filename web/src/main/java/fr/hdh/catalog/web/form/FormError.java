package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.Messages;

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
    public FormError(String field, String message) {
        this(field, message, false);
    }

    /** What is wrong, in the page's language where the bundle says it. */
    public String text(Messages m) {
        return missing ? m.t("form.error.required") : message;
    }

    /** The message key of the field's label, for the summary: {@code form.field.title_fr}. */
    public String labelKey() {
        return "form.field." + field;
    }

    public boolean hasField() {
        return !field.isEmpty();
    }
}
