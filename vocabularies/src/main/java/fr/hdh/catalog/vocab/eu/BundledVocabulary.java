package fr.hdh.catalog.vocab.eu;

import org.apache.jena.riot.Lang;

/**
 * The vocabulary files bundled under {@code hdh/vocabularies/eu/}: five EU files exactly as published
 * (see PROVENANCE.md beside them) and our supplement for the authority IRIs they lack.
 */
public enum BundledVocabulary {
    DATA_THEMES("data-theme-skos-ap-act.rdf", Lang.RDFXML),
    FILE_TYPES("filetypes-skos-ap-act.rdf", Lang.RDFXML),
    FREQUENCIES("frequencies-skos-ap-act.rdf", Lang.RDFXML),
    CONTINENTS("continents-skos-ap-act.rdf", Lang.RDFXML),
    ADMS("ADMS_SKOS_v1.00.rdf", Lang.RDFXML),
    AUTHORITY_SUPPLEMENT("authority-supplement.ttl", Lang.TURTLE);

    private static final String FOLDER = "hdh/vocabularies/eu/";

    private final String fileName;
    private final Lang lang;

    BundledVocabulary(String fileName, Lang lang) {
        this.fileName = fileName;
        this.lang = lang;
    }

    /** The classpath location. */
    public String path() {
        return FOLDER + fileName;
    }

    public Lang lang() {
        return lang;
    }

    /** True for the files published by the EU, false for our supplement. */
    public boolean official() {
        return this != AUTHORITY_SUPPLEMENT;
    }
}
