package fr.hdh.catalog.core.form;

import fr.hdh.catalog.core.CatalogException;
import java.util.List;

/** A form whose fields cannot become a record: each problem names its field. */
public final class InvalidFormException extends CatalogException {
    private final List<FieldError> errors;

    /** One field's problem. */
    public record FieldError(String field, String message) {}

    public InvalidFormException(List<FieldError> errors) {
        super("The form has " + errors.size() + " error(s): " + String.join("; ",
                errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
