package fr.hdh.catalog.web.vocabulary;

/**
 * What family a concept scheme belongs to, told from where it comes from: its IRI (the catalogue mints
 * {@code /vocabulary/snds/…}, {@code /vocabulary/fhir…}; the EU authority tables keep the Publications
 * Office's IRIs) and, for an SNDS list, whether its codes form a hierarchy (the CIM-10 lists do).
 */
public enum SchemeKind {
    /** An SNDS list whose codes are ICD-10 codes with their hierarchy. */
    CIM10("cim-10"),
    /** A nomenclature of the SNDS. */
    SNDS("snds"),
    /** An EU authority table of the Publications Office. */
    EU_AUTHORITY("eu-authority"),
    /** A FHIR code system, value set or concept map. */
    FHIR("fhir"),
    /** The OMOP common data model. */
    OMOP("omop"),
    /** Any other scheme. */
    OTHER("other");

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private final String id;

    SchemeKind(String id) {
        this.id = id;
    }

    /** The name used in the API and as the suffix of its message key ({@code vocab.kind.cim-10}). */
    public String id() {
        return id;
    }

    /** The kind of the scheme {@code iri} in a catalogue minting under {@code base}. */
    static SchemeKind of(String iri, String base, boolean hierarchical) {
        String local = iri.startsWith(base) ? iri.substring(base.length()) : "";
        if (local.startsWith("vocabulary/snds/")) {
            return hierarchical ? CIM10 : SNDS;
        }
        if (iri.startsWith(EU)) {
            return EU_AUTHORITY;
        }
        if (local.startsWith("vocabulary/fhir") || iri.startsWith("http://hl7.org/fhir/")
                || iri.startsWith("http://terminology.hl7.org/")) {
            return FHIR;
        }
        if (local.startsWith("standard/omop") || local.startsWith("vocabulary/omop")) {
            return OMOP;
        }
        return OTHER;
    }
}
