package fr.hdh.catalog.web.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.mapping.Mapping;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.web.page.DemoSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.hl7.fhir.r4.model.ConceptMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/mappings} on the real demo: the shipped SNDS → OMOP / FHIR set, stored in TDB2 at the
 * demo's load, comes back as SSSOM TSV row for row as the bundled file says; as a FHIR ConceptMap that
 * HAPI parses with the same groups, elements and targets; as SSSOM JSON. Its subjects and objects are
 * the demo's variables and OMOP fields, and SPARQL users see the plain match triples.
 */
class Mappings_GET_Test {
    static DemoSite site;
    static final String SET = DemoSite.BASE + "mapping-set/snds-omop-fhir";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void demo() {
        site = DemoSite.get();
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(pathAndQuery))).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theShippedSetComesBackAsSssomTsvRowForRow() {
        HttpResponse<String> r = get("/api/mappings?set=" + q(SET), "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"));
        assertTrue(r.body().startsWith("#"), "the YAML header comes first");
        assertTrue(r.body().contains("#extension_definitions:"), "the status column is declared");
        MappingSet served = SssomTsvReader.read("GET /api/mappings", r.body());
        MappingSet shipped = DemoContent.mappingSet(new CatalogIris(DemoSite.BASE));
        assertEquals(27, shipped.mappings().size());
        assertEquals(shipped.mappings(), served.mappings());
        assertEquals(shipped.metadata(), served.metadata());
        assertEquals(shipped.curieMap(), served.curieMap());
    }

    @Test
    void tsvIsTheDefaultAndEverySetIsJoinedWithoutAFilter() {
        HttpResponse<String> r = get("/api/mappings", null);
        assertEquals(200, r.statusCode(), r.body());
        MappingSet all = SssomTsvReader.read("GET /api/mappings", r.body());
        assertTrue(all.mappings().size() >= 27);
        Mapping first = all.mappings().stream().filter(m -> m.first("subject_id").orElse("").equals("IR_BEN_R:BEN_SEX_COD"))
                .findFirst().orElseThrow();
        assertEquals(SET, all.curies().expand(first.first("mapping_source").orElseThrow()).orElseThrow());
    }

    @Test
    void filtersNarrowTheRows() {
        String variable = DemoSite.BASE + "dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL";
        MappingSet dp = SssomTsvReader.read("dp", get("/api/mappings?subject=" + q(variable), "text/tab-separated-values").body());
        assertEquals(2, dp.mappings().size());
        MappingSet toFhir = SssomTsvReader.read("fhir", get("/api/mappings?set=" + q(SET) + "&object="
                + q("http://hl7.org/fhir/Patient.gender"), "text/tab-separated-values").body());
        assertEquals(1, toFhir.mappings().size());
        assertEquals(0, SssomTsvReader.read("rejected", get("/api/mappings?status=rejected", null).body()).mappings().size());
        HttpResponse<String> bad = get("/api/mappings?status=maybe", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("status"), bad.body());
        assertEquals(404, get("/api/mappings?set=" + q(DemoSite.BASE + "mapping-set/none"), null).statusCode());
    }

    @Test
    void theShippedSetExportsAsAConceptMapHapiParses() {
        HttpResponse<String> r = get("/api/mappings?set=" + q(SET), "application/fhir+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        ConceptMap map = FhirContext.forR4().newJsonParser().parseResource(ConceptMap.class, r.body());
        assertEquals(SET, map.getUrl());
        int targets = map.getGroup().stream().flatMap(g -> g.getElement().stream()).mapToInt(e -> e.getTarget().size()).sum();
        assertEquals(27, targets);
        ConceptMap.ConceptMapGroupComponent toOmopDeath = map.getGroup().stream()
                .filter(g -> g.getTarget().endsWith("/table/death/field")).findFirst().orElseThrow();
        assertEquals("BEN_DCD_DTE", toOmopDeath.getElementFirstRep().getCode());
        assertEquals("death_date", toOmopDeath.getElementFirstRep().getTargetFirstRep().getCode());
        assertEquals("equivalent", toOmopDeath.getElementFirstRep().getTargetFirstRep().getEquivalence().toCode());
    }

    @Test
    void sssomJsonCarriesTheSameMappings() throws IOException {
        HttpResponse<String> r = get("/api/mappings?set=" + q(SET), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(SET, json.get("mapping_set_id").asText());
        assertEquals(27, json.get("mappings").size());
        assertTrue(json.get("mappings").get(0).get("confidence").isNumber());
        assertTrue(json.get("curie_map").has("IR_BEN_R"));
    }

    @Test
    void subjectsAndObjectsAreTheDemosVariablesAndFields() {
        MappingSet shipped = DemoContent.mappingSet(new CatalogIris(DemoSite.BASE));
        var curies = shipped.curies();
        for (Mapping m : shipped.mappings()) {
            for (String slot : new String[] {"subject_id", "object_id"}) {
                String iri = curies.expand(m.first(slot).orElseThrow()).orElseThrow();
                if (iri.startsWith(DemoSite.BASE) && !iri.startsWith(DemoSite.BASE + "agent/")) {
                    Node node = NodeFactory.createURI(iri);
                    boolean described = site.catalog().store().read(() -> site.catalog().store().union().find(node, Node.ANY, Node.ANY).hasNext());
                    assertTrue(described, iri + " is described in the demo");
                }
            }
        }
        Node sex = NodeFactory.createURI(DemoSite.BASE + "dataset/snds-beneficiaires/table/IR_BEN_R/variable/BEN_SEX_COD");
        Node gender = NodeFactory.createURI(DemoSite.BASE + "standard/omop-cdm-5.4/table/person/field/gender_concept_id");
        Node closeMatch = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch");
        assertTrue(site.catalog().store().read(() -> site.catalog().store().union().contains(sex, closeMatch, gender)),
                "the plain SKOS match is in the graph for SPARQL users");
    }

    @Test
    void candidatesForAStayEntryDateAreOmopDateFields() throws IOException {
        String variable = DemoSite.BASE + "dataset/pmsi-mco/table/T_MCOaaC/variable/ENT_DAT";
        HttpResponse<String> r = get("/api/mappings/candidates?targets=fields&limit=5&variable=" + q(variable), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode list = new ObjectMapper().readTree(r.body()).get("candidates");
        assertEquals(5, list.size(), r.body());
        for (JsonNode c : list) {
            assertTrue(c.get("iri").asText().startsWith(DemoSite.BASE + "standard/omop-cdm-5.4/table/"), r.body());
            assertTrue(c.get("label").asText().endsWith("_date"), "the French 'date d'entrée' finds OMOP date fields: " + r.body());
        }
    }

    @Test
    void candidatesLeaveOutTheVariablesOwnDataset() throws IOException {
        String variable = DemoSite.BASE + "dataset/snds-beneficiaires/table/IR_BEN_R/variable/BEN_DCD_DTE";
        HttpResponse<String> r = get("/api/mappings/candidates?limit=10&variable=" + q(variable), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode list = new ObjectMapper().readTree(r.body()).get("candidates");
        assertFalse(list.isEmpty(), r.body());
        double previous = Double.MAX_VALUE;
        for (JsonNode c : list) {
            assertFalse(c.get("iri").asText().startsWith(DemoSite.BASE + "dataset/"), "only standards' fields and concepts: " + r.body());
            assertTrue(c.get("score").asDouble() <= previous, "best first");
            previous = c.get("score").asDouble();
        }
        assertTrue(list.get(0).get("label").asText().contains("Décès"), "the French label is matched: " + r.body());
        assertEquals(400, get("/api/mappings/candidates", "application/json").statusCode());
        assertEquals(400, get("/api/mappings/candidates?targets=planets&variable=" + q(variable), "application/json").statusCode());
        assertEquals(404, get("/api/mappings/candidates?variable=" + q(DemoSite.BASE + "nothing/here"), "application/json").statusCode());
    }
}
