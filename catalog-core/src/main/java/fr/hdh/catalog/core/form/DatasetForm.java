package fr.hdh.catalog.core.form;

import java.util.List;
import java.util.Map;

/**
 * A dataset record as a producer fills it in, without RDF: what the API's plain JSON body and the web
 * form carry. {@link DatasetForms#record} turns it into the DCAT-AP graph; every field but {@code id} and
 * {@code title} may be left out (validation then says what the profile still needs).
 *
 * @param id the local name: the dataset is {@code <base>dataset/<id>}
 * @param title per language tag ({@code fr}, {@code en})
 * @param description per language tag
 * @param publisher the IRI of the publishing organisation (a producer record of the catalogue)
 * @param contactPoint how to reach the team in charge
 * @param themes EU data-theme IRIs (or codes such as {@code HEAL})
 * @param keywords per language tag
 * @param accessRights {@code PUBLIC}, {@code RESTRICTED}, {@code NON_PUBLIC} or an access-right IRI
 * @param temporal the period covered
 * @param spatial places covered (IRIs, e.g. EU country authority IRIs)
 * @param distributions the ways to get the data
 * @param health the HealthDCAT-AP properties, or null (a generic DCAT-AP dataset)
 */
public record DatasetForm(String id, Map<String, String> title, Map<String, String> description, String publisher,
                          ContactPoint contactPoint, List<String> themes, Map<String, List<String>> keywords,
                          String accessRights, Period temporal, List<String> spatial, List<Distribution> distributions,
                          Health health) {

    /** A form without HealthDCAT-AP properties (the body the API took before they were added). */
    public DatasetForm(String id, Map<String, String> title, Map<String, String> description, String publisher,
                       ContactPoint contactPoint, List<String> themes, Map<String, List<String>> keywords,
                       String accessRights, Period temporal, List<String> spatial, List<Distribution> distributions) {
        this(id, title, description, publisher, contactPoint, themes, keywords, accessRights, temporal, spatial, distributions, null);
    }

    /** A contact point: an e-mail address and/or a web page. */
    public record ContactPoint(String name, String email, String url) {}

    /** A period: ISO dates ({@code 2010-01-01}), either end may be open. */
    public record Period(String start, String end) {}

    /**
     * A distribution.
     *
     * @param title per language tag
     * @param accessURL where the data can be requested or accessed (required by DCAT-AP)
     * @param downloadURL a direct download, if any
     * @param format an EU file-type code ({@code CSV}) or IRI
     * @param mediaType an IANA media type ({@code text/csv})
     * @param licence an EU licence-table code ({@code CC_BY_4_0}) or a licence IRI
     * @param accessRights an EU access-right code or IRI
     * @param byteSize the size in bytes
     * @param applicableLegislation IRIs of the legislation (ELI) that applies; HealthDCAT-AP requires one
     */
    public record Distribution(Map<String, String> title, String accessURL, String downloadURL, String format, String mediaType,
                               String licence, String accessRights, Long byteSize, List<String> applicableLegislation) {
        /** A distribution given by its addresses and type only (the body the API took before licence, rights and size). */
        public Distribution(Map<String, String> title, String accessURL, String downloadURL, String format, String mediaType) {
            this(title, accessURL, downloadURL, format, mediaType, null, null, null, null);
        }
    }

    /**
     * The HealthDCAT-AP (release 8) properties of a health dataset; each may be left out, the profile says
     * which it requires (health category, HDAB and applicable legislation).
     *
     * @param healthCategories EHDS Article 51 categories: a code of the HealthDCAT-AP list ({@code HRAD}) or its IRI
     * @param healthThemes health themes (IRIs, e.g. MeSH or Wikidata concepts)
     * @param hdab the IRI of the health data access body
     * @param applicableLegislation IRIs of the legislation (ELI) that applies, e.g. the EHDS regulation
     * @param populationCoverage per language tag, the population the data covers
     * @param numberOfRecords how many records the dataset holds
     * @param numberOfUniqueIndividuals how many persons the records are about
     * @param minTypicalAge the youngest typical age of those persons, in years
     * @param maxTypicalAge the oldest typical age, in years
     * @param retentionPeriod how long the data are kept
     * @param purposes the purposes the data are processed for (IRIs, e.g. DPV purposes)
     * @param codingSystems the coding systems the data use (IRIs, e.g. ICD-10, CCAM)
     * @param hasStructuredData whether the data are structured and described by a data dictionary (HealthDCAT-AP
     *     requires the flag; {@code true} then needs the dictionary, which {@code POST /api/datasets/{id}/dictionary} adds)
     */
    public record Health(List<String> healthCategories, List<String> healthThemes, String hdab,
                         List<String> applicableLegislation, Map<String, String> populationCoverage, Long numberOfRecords,
                         Long numberOfUniqueIndividuals, Integer minTypicalAge, Integer maxTypicalAge, Period retentionPeriod,
                         List<String> purposes, List<String> codingSystems, Boolean hasStructuredData) {}
}
