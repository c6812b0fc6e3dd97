package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.query.Query;

/** The named queries of the vocabulary browser and the concept API, parsed when this enum loads so a typo fails at start-up. */
enum VocabularyQuery {
    /** Labels, identifier, version, publisher and source of every concept scheme (or of {@code ?scheme}). */
    SCHEMES("vocabulary-schemes.rq"),
    /** Number of records and latest change: the scheme list is recounted when it changes. */
    CATALOGUE_STATE("dcat-catalogue-state.rq"),
    /** The statements about {@code ?concept}. */
    DESCRIPTION("concept-description.rq"),
    /** The concept of notation {@code ?notation} in the scheme identified {@code ?identifier}. */
    BY_NOTATION("concept-by-notation.rq"),
    /** Notation and labels of {@code ?resource}. */
    SUMMARY("concept-summary.rq"),
    /** The concepts directly narrower than {@code ?concept}. */
    NARROWER("concept-narrower.rq"),
    /** The concepts directly broader than {@code ?concept}. */
    BROADER("concept-broader.rq"),
    /** SKOS mapping statements about {@code ?concept} outside mapping sets. */
    MATCHES("concept-matches.rq"),
    /** SSSOM mappings whose subject or object is {@code ?concept}. */
    SSSOM("concept-sssom.rq"),
    /** Variables coded with {@code ?scheme}. */
    VARIABLES("scheme-variables.rq"),
    /** Datasets declaring {@code ?scheme}. */
    DATASETS("scheme-datasets.rq");

    private final Query query;

    VocabularyQuery(String file) {
        this.query = NamedQuery.parse(file);
    }

    /** A copy of the parsed query. */
    Query query() {
        return query.cloneQuery();
    }
}
