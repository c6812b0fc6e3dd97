package fr.hdh.catalog.vocab.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * A slot a mapping set adds to the SSSOM model, declared in its {@code extension_definitions}: the
 * column's name, the property (a CURIE or IRI) that gives it meaning, and an optional type hint.
 */
public record ExtensionDefinition(String slotName, String property, Optional<String> typeHint) {
    public ExtensionDefinition {
        Objects.requireNonNull(slotName, "slotName");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(typeHint, "typeHint");
    }
}
