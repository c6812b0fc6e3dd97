package fr.hdh.catalog.web.vocabulary;

import static fr.hdh.catalog.web.vocabulary.VocabularyServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/concepts} and {@code GET /api/vocabularies} over HTTP on a small catalogue: a concept
 * comes with its hierarchy both ways, its SKOS and SSSOM mappings and the variable and dataset that use
 * its scheme; by IRI or by scheme and notation; as Turtle when asked; an unknown concept is a 404 naming
 * it, bad paging a 400 naming the parameter.
 */
class Concepts_GET_Test {
    static VocabularyServer server;

    @BeforeAll
    static void start() {
        server = VocabularyServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aConceptComesWithItsHierarchyMappingsAndUses() {
        HttpResponse<String> r = server.get("/api/concepts?iri=" + q(VocabularyServer.I21), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode c = json(r);
        assertEquals(List.of("I21"), texts(c.get("notation")));
        assertEquals("Infarctus aigu du myocarde", c.get("prefLabel").get("fr").get(0).asText());
        assertEquals("Codes Diagnostics (CIM10) pour le PMSI", c.get("schemes").get(0).get("label").asText());
        assertEquals(0, c.get("broader").size(), "I21 is a top concept of the slice");
        assertEquals(1, c.get("narrower").get("total").asInt());
        assertEquals(VocabularyServer.I210, c.get("narrower").get("concepts").get(0).get("iri").asText());
        assertEquals("I210", c.get("narrower").get("concepts").get(0).get("notation").asText());
        assertFalse(c.get("deprecated").asBoolean(), "a current code");
        assertTrue(json(server.get("/api/concepts?iri=" + q(VocabularyServer.SEXE + "/U"), null)).get("deprecated").asBoolean(),
                "an ended code says so");

        JsonNode skos = c.get("mappings").get("skos");
        assertEquals(1, skos.size(), skos.toString());
        assertEquals(SKOS.exactMatch.getURI(), skos.get(0).get("predicate").asText());
        assertEquals("http://id.who.int/icd/release/10/I21", skos.get(0).get("other").get("iri").asText());
        JsonNode sssom = c.get("mappings").get("sssom");
        assertEquals(1, sssom.size(), "the set's plain match triple is not counted again: " + sssom);
        JsonNode m = sssom.get(0);
        assertEquals(VocabularyServer.SET, m.get("set").asText());
        assertEquals("http://snomed.info/id/57054005", m.get("object").get("iri").asText());
        assertEquals("Acute myocardial infarction", m.get("object").get("label").asText(), "the label the set gives");
        assertEquals("https://w3id.org/semapv/vocab/ManualMappingCuration", m.get("justification").asText());
        assertEquals(0.9, m.get("confidence").asDouble());
        assertTrue(m.get("confidence").isNumber());
        assertEquals("proposed", m.get("status").asText());

        JsonNode variables = c.get("usedBy").get("variables");
        assertEquals(1, variables.size(), variables.toString());
        assertEquals(VocabularyServer.DGN_PAL, variables.get(0).get("variable").get("iri").asText());
        assertEquals("DGN_PAL", variables.get(0).get("variable").get("notation").asText());
        assertEquals("T_MCOaaB", variables.get(0).get("table").get("label").asText());
        assertEquals(VocabularyServer.BASE + "dataset/pmsi-mco", variables.get(0).get("dataset").get("iri").asText());
        assertEquals("PMSI MCO", c.get("usedBy").get("datasets").get(0).get("label").asText());
    }

    @Test
    void aSubcodeHasItsBroaderChainAndTheSameConceptIsReachedByNotation() {
        JsonNode byNotation = json(server.get("/api/concepts/MS_CIM_V/I210", "application/json"));
        assertEquals(VocabularyServer.I210, byNotation.get("iri").asText());
        assertEquals(List.of(VocabularyServer.I21), iris(byNotation.get("broader")));
        assertEquals(0, byNotation.get("narrower").get("total").asInt());
        assertEquals(0, byNotation.get("mappings").get("sssom").size(), "I21's mapping is not its subcode's");
        assertEquals(1, byNotation.get("usedBy").get("variables").size(), "a variable coded with the list may hold any of its codes");
    }

    @Test
    void turtleAndJsonLdGiveTheConceptsOwnStatements() {
        HttpResponse<String> r = server.get("/api/concepts?iri=" + q(VocabularyServer.I210), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(VocabularyServer.I210), SKOS.broader.asNode(),
                NodeFactory.createURI(VocabularyServer.I21)));
        HttpResponse<String> ld = server.get("/api/concepts/MS_CIM_V/I210", "application/ld+json");
        assertEquals(200, ld.statusCode(), ld.body());
        assertTrue(ld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(RDFParser.fromString(ld.body(), Lang.JSONLD).toGraph().isIsomorphicWith(g), "the same statements");
        assertEquals(404, server.get("/api/concepts?iri=" + q(VocabularyServer.SCHEME + "/Z999"), "text/turtle").statusCode());
    }

    @Test
    void anUnknownConceptIsA404NamingIt() {
        String unknown = VocabularyServer.SCHEME + "/Z999";
        HttpResponse<String> r = server.get("/api/concepts?iri=" + q(unknown), "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(r).get("detail").asText().contains(unknown), r.body());
        HttpResponse<String> byNotation = server.get("/api/concepts/MS_CIM_V/Z999", "application/json");
        assertEquals(404, byNotation.statusCode());
        assertTrue(json(byNotation).get("detail").asText().contains("Z999"), byNotation.body());
        HttpResponse<String> notAConcept = server.get("/api/concepts?iri=" + q(VocabularyServer.SCHEME), "application/json");
        assertEquals(404, notAConcept.statusCode(), "a scheme is no concept");
        assertEquals(400, server.get("/api/concepts", "application/json").statusCode());
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        for (String bad : List.of("page=0", "page=x", "size=0", "size=501", "size=-3")) {
            HttpResponse<String> r = server.get("/api/concepts?iri=" + q(VocabularyServer.I21) + "&" + bad, "application/json");
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(json(r).get("detail").asText().startsWith(bad.substring(0, bad.indexOf('='))), r.body());
        }
        assertEquals(400, server.get("/api/vocabularies?page=-1", null).statusCode());
        assertEquals(400, server.get("/api/vocabularies?size=1000", null).statusCode());
        assertEquals(400, server.get("/api/concepts?iri=" + q(VocabularyServer.I21) + "&lang=de", null).statusCode());
    }

    @Test
    void theVocabularyListCountsTheConceptsAndFilters() {
        JsonNode all = json(server.get("/api/vocabularies", null));
        assertEquals(2, all.get("total").asInt(), "the CIM-10 slice and the small list with an ended code: " + all);
        JsonNode scheme = all.get("items").get(0);
        assertEquals(VocabularyServer.SCHEME, scheme.get("iri").asText());
        assertEquals("MS_CIM_V", scheme.get("identifier").asText());
        assertEquals("Codes Diagnostics (CIM10) pour le PMSI", scheme.get("labels").get("fr").asText());
        assertEquals(3, scheme.get("concepts").asInt());
        assertEquals("cim-10", scheme.get("kind").asText(), "an SNDS list with a hierarchy");
        assertEquals(1, json(server.get("/api/vocabularies?q=cim10", null)).get("total").asInt(), "case aside");
        JsonNode none = json(server.get("/api/vocabularies?q=" + q("<nothing>"), null));
        assertEquals(0, none.get("total").asInt());
        assertEquals(0, none.get("items").size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> iris(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("iri").asText()));
        return out;
    }
}
