package fr.hdh.catalog.vocab.mapping;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a mapping stands in the review: {@code proposed} by its author, {@code reviewed} (accepted) or
 * {@code rejected} by a reviewer. SSSOM has no slot for it, so the catalogue writes it in the extension
 * slot {@value #SLOT}, declared in the set's {@code extension_definitions} with the property
 * {@value #PROPERTY} (ADMS's status of an asset).
 */
public enum MappingStatus {
    PROPOSED, REVIEWED, REJECTED;

    /** The extension column. */
    public static final String SLOT = "status";
    /** The property the column is declared with. */
    public static final String PROPERTY = "http://www.w3.org/ns/adms#status";

    /** The value written in the column. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written {@code value}, if it is one of the three. */
    public static Optional<MappingStatus> of(String value) {
        for (MappingStatus s : values()) {
            if (s.value().equalsIgnoreCase(value.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The extension definition a set using the column declares. */
    public static ExtensionDefinition definition() {
        return new ExtensionDefinition(SLOT, PROPERTY, Optional.of("xsd:string"));
    }
}
