package fr.hdh.catalog.harvest;

import java.util.Locale;

/** The kinds of source the catalogue can harvest; one package (and one {@link Harvester}) each. */
public enum SourceType {
    DCAT, CKAN, FHIR, TABLESCHEMA, OMOP;

    /** The lower-case name used on the command line and in the API ({@code dcat}, {@code ckan}, …). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, case-insensitively. */
    public static SourceType fromCliName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown source type '" + name + "'; use one of dcat, ckan, fhir, tableschema, omop", e);
        }
    }
}
