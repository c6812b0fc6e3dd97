package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.form.InvalidFormException.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The problems found in a batch of usage forms, each named by the form's origin and the field. */
final class FormErrors {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String origin, String field, String message) {
        errors.add(new FieldError(origin.isEmpty() ? field : origin + ": " + field, message));
    }

    int size() {
        return errors.size();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws the problems found, if any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }
}
