package fr.hdh.catalog.web.form;

/**
 * One problem of a posted form, for its page: the field it concerns (the id of its input, or {@code ""} when
 * it concerns no field shown) and what is wrong, as the mapping or the profile's shapes said it.
 *
 * @param field the input's name and id, or {@code ""}
 * @param message what is wrong
 */
public record FormError(String field, String message) {
    /** The message key of the field's label, for the summary: {@code form.field.title_fr}. */
    public String labelKey() {
        return "form.field." + field;
    }

    public boolean hasField() {
        return !field.isEmpty();
    }
}
