package fr.hdh.catalog.web.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.web.page.DemoSite;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /mappings} on the real demo: the shipped set as a table whose subjects link to the
 * variables' pages, and, for {@code ?variable=IRI}, the variable's candidate OMOP fields.
 */
class MappingsPage_GET_Test {
    @BeforeAll
    static void demo() {
        Mappings_GET_Test.demo();
    }

    @Test
    void theShippedSetIsATableOfItsMappings() {
        HttpResponse<String> r = Mappings_GET_Test.get("/mappings", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("SNDS beneficiary and PMSI MCO stay variables to OMOP CDM 5.4 and FHIR R4"), html);
        assertTrue(html.contains("Code sexe du bénéficiaire"));
        assertTrue(html.contains("gender_concept_id"));
        assertTrue(html.contains("Patient.deceasedDateTime"));
        assertTrue(html.contains("proposed"));
        assertTrue(html.contains("href=\"/dataset/snds-beneficiaires/table/IR_BEN_R/variable/BEN_SEX_COD\""),
                "a subject links to the variable's page on this server");
        assertTrue(html.contains("/api/mappings?set="), "the set's SSSOM TSV is one click away");
    }

    @Test
    void aVariablesCandidatesAreListed() {
        String variable = DemoSite.BASE + "dataset/pmsi-mco/table/T_MCOaaC/variable/ENT_DAT";
        HttpResponse<String> r = Mappings_GET_Test.get("/mappings?variable=" + Mappings_GET_Test.q(variable), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("class=\"candidates\""), r.body());
        assertTrue(r.body().contains("_date"), "OMOP date fields among the candidates");
        HttpResponse<String> unknown = Mappings_GET_Test.get("/mappings?variable=" + Mappings_GET_Test.q(DemoSite.BASE + "no/such"), null);
        assertEquals(200, unknown.statusCode());
    }
}
