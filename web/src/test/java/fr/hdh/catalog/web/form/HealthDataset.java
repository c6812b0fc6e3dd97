package fr.hdh.catalog.web.form;

/**
 * A dataset record complete for HealthDCAT-AP (the profile a dataset with a data dictionary answers to), as
 * the write API's tests write it: the server's test store holds no EU vocabulary, so the authority values are
 * typed here. The organisations are those of catalog-core's workflow fixtures.
 */
final class HealthDataset {
    private static final String TURTLE = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix dcatap: <http://data.europa.eu/r5r/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix healthdcatap: <http://healthdataportal.eu/ns/health#> .
            @prefix eli: <http://data.europa.eu/eli/ontology#> .
            <http://test.example/dataset/%1$s> a dcat:Dataset ;
                dct:identifier "%1$s" ;
                dct:title "Séjours hospitaliers"@fr , "Hospital stays"@en ;
                dct:description "Séjours hospitaliers en médecine, chirurgie et obstétrique."@fr ;
                dct:publisher <%2$s> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dcatap:applicableLegislation <http://data.europa.eu/eli/reg/2025/327/oj> ;
                healthdcatap:hdab <%2$s> ;
                healthdcatap:healthCategory <http://healthdataportal.eu/ns/health#EHR> ;
                healthdcatap:hasStructuredData false ;
                dcat:distribution <http://test.example/dataset/%1$s/distribution/csv> .
            <http://test.example/dataset/%1$s/distribution/csv> a dcat:Distribution ;
                dcat:accessURL <https://www.example.org/data> ;
                dcatap:applicableLegislation <http://data.europa.eu/eli/reg/2025/327/oj> .
            <http://data.europa.eu/eli/reg/2025/327/oj> a eli:LegalResource .
            <http://publications.europa.eu/resource/authority/access-right/PUBLIC> a dct:RightsStatement .
            <http://publications.europa.eu/resource/authority/data-theme/HEAL> a skos:Concept ; skos:prefLabel "Santé"@fr .
            <http://healthdataportal.eu/ns/health#EHR> a skos:Concept ; skos:prefLabel "Dossiers de santé"@fr .
            """;

    private HealthDataset() {}

    static String turtle(String id, String publisher) {
        return TURTLE.formatted(id, publisher);
    }
}
