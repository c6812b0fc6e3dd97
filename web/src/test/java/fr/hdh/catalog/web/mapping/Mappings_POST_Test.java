package fr.hdh.catalog.web.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.mapping.Mapping;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.vocab.mapping.SssomTsvWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.hl7.fhir.r4.model.ConceptMap;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/mappings} and {@code POST /api/mappings/review} through the real server: a curator
 * stores a real SSSOM file and gets it back row for row, in TSV, SSSOM JSON or as a FHIR ConceptMap;
 * a malformed file, a caller without a token or without the curator role is refused and nothing is
 * written; a reviewer's decision sets the status, reviewer and review date of one mapping.
 */
class Mappings_POST_Test {
    static final String TSV = "text/tab-separated-values";
    static final String EYE = MappingApiServer.resource("/sssom/mp_hp_eye_impc.sssom.tsv");
    static MappingApiServer server;
    static String curator;
    static String reader;

    @BeforeAll
    static void start() {
        server = MappingApiServer.start();
        curator = server.user("carla", "curator");
        reader = server.user("rita", "reader");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aRealSssomFileIsStoredAndComesBackRowForRow() {
        HttpResponse<String> posted = server.send("POST", "/api/mappings", curator, TSV, EYE, null);
        assertEquals(201, posted.statusCode(), posted.body());
        JsonNode stored = MappingApiServer.json(posted);
        MappingSet sent = SssomTsvReader.read("sent", EYE);
        assertEquals(sent.mappings().size(), stored.get("mappings").asInt());
        assertTrue(stored.get("set").asText().startsWith(MappingApiServer.BASE + "mapping-set/"));

        HttpResponse<String> got = server.send("GET", "/api/mappings?set=" + q(sent.id()), null, null, null, TSV);
        assertEquals(200, got.statusCode(), got.body());
        MappingSet back = SssomTsvReader.read("got", got.body());
        assertEquals(sent.mappings(), back.mappings());
        assertEquals(sent.metadata(), back.metadata());
        assertEquals(sent.curieMap(), back.curieMap());
    }

    @Test
    void aConceptMapAndSssomJsonArePostedToo() {
        MappingSet demo = DemoContent.mappingSet(new CatalogIris(MappingApiServer.BASE));
        assertEquals(201, server.send("POST", "/api/mappings", MappingApiServer.ADMIN, TSV, SssomTsvWriter.write(demo), null).statusCode());
        String conceptMap = server.send("GET", "/api/mappings?set=" + q(demo.id()), null, null, null, "application/fhir+json").body();
        String renamed = conceptMap.replace(demo.id(), "https://example.org/concept-maps/snds-copy");
        HttpResponse<String> posted = server.send("POST", "/api/mappings", curator, "application/fhir+json", renamed, null);
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals(demo.mappings().size(), MappingApiServer.json(posted).get("mappings").asInt());
        MappingSet fromConceptMap = SssomTsvReader.read("copy", server.send("GET", "/api/mappings?set="
                + q("https://example.org/concept-maps/snds-copy"), null, null, null, TSV).body());
        assertEquals(matches(demo), matches(fromConceptMap));

        ObjectNode json = (ObjectNode) MappingApiServer.json(server.send("GET", "/api/mappings?set=" + q(demo.id()), null, null, null,
                "application/json"));
        json.put("mapping_set_id", "https://example.org/sssom-json/snds-copy");
        HttpResponse<String> postedJson = server.send("POST", "/api/mappings", curator, "application/json", json.toString(), null);
        assertEquals(201, postedJson.statusCode(), postedJson.body());
        MappingSet fromJson = SssomTsvReader.read("json copy", server.send("GET", "/api/mappings?set="
                + q("https://example.org/sssom-json/snds-copy"), null, null, null, TSV).body());
        assertEquals(demo.mappings(), fromJson.mappings());
    }

    @Test
    void malformedSssomIsRefusedNamingLineAndColumnAndNothingIsWritten() {
        String before = server.publicChecksum();
        String header = "#curie_map:\n#  HP: http://purl.obolibrary.org/obo/HP_\n#  MP: http://purl.obolibrary.org/obo/MP_\n"
                + "#mapping_set_id: https://example.org/sets/bad\n";
        HttpResponse<String> noJustification = server.send("POST", "/api/mappings", curator, TSV,
                header + "subject_id\tpredicate_id\tobject_id\nMP:0001293\tskos:exactMatch\tHP:0000528\n", null);
        assertProblem(noJustification, "line 5", "mapping_justification");
        String columns = "subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence\n";
        HttpResponse<String> unknownPrefix = server.send("POST", "/api/mappings", curator, TSV, header + columns
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\t0.9\n"
                + "MP:0001293\tskos:exactMatch\tDOID:0001\tsemapv:LexicalMatching\t0.9\n", null);
        assertProblem(unknownPrefix, "line 7", "column 3 (object_id)");
        HttpResponse<String> badConfidence = server.send("POST", "/api/mappings", curator, TSV, header + columns
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\t1.7\n", null);
        assertProblem(badConfidence, "line 6", "column 5 (confidence)");
        HttpResponse<String> badJson = server.send("POST", "/api/mappings", curator, "application/json",
                "{\"mapping_set_id\":\"https://example.org/x\",\"mappings\":[{\"subject_id\":\"MP:1\"}]}", null);
        assertProblem(badJson, "mappings[0]", "predicate_id");
        HttpResponse<String> notAConceptMap = server.send("POST", "/api/mappings", curator, "application/fhir+json",
                "{\"resourceType\":\"Patient\"}", null);
        assertProblem(notAConceptMap, "ConceptMap", "ConceptMap");
        assertEquals(415, server.send("POST", "/api/mappings", curator, "text/csv", "a,b", null).statusCode());
        assertEquals(before, server.publicChecksum(), "nothing written");
    }

    /** HL7's R4 map of address uses to v3 (SOURCES.md), posted in XML, read back as SSSOM and as a ConceptMap in XML. */
    @Test
    void aConceptMapInXmlIsTakenAndGivenBack() {
        String xml = MappingApiServer.resource("/sssom/cm-address-use-v3.xml");
        HttpResponse<String> posted = server.send("POST", "/api/mappings", curator, "application/fhir+xml", xml, null);
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals(5, MappingApiServer.json(posted).get("mappings").asInt(), "home, work, temp, and old twice");
        String set = "http://hl7.org/fhir/ConceptMap/cm-address-use-v3";
        HttpResponse<String> back = server.send("GET", "/api/mappings?set=" + q(set), null, null, null, "application/fhir+xml");
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+xml"));
        ConceptMap map = ca.uhn.fhir.context.FhirContext.forR4().newXmlParser().parseResource(ConceptMap.class, back.body());
        assertEquals("http://hl7.org/fhir/address-use", map.getGroupFirstRep().getSource());
        assertEquals("http://terminology.hl7.org/CodeSystem/v3-AddressUse", map.getGroupFirstRep().getTarget());
        assertEquals(List.of("home", "work", "temp", "old"), map.getGroupFirstRep().getElement().stream()
                .map(ConceptMap.SourceElementComponent::getCode).toList());
        assertEquals(2, map.getGroupFirstRep().getElement().get(3).getTarget().size(), "old: OLD and BAD");
    }

    @Test
    void aConceptMapInXmlWithADoctypeIsRefusedUnread() {
        String before = server.publicChecksum();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ConceptMap xmlns=\"http://hl7.org/fhir\"><url value=\"http://example.org/x\"/><status value=\"draft\"/>"
                + "<title value=\"&x;\"/></ConceptMap>";
        HttpResponse<String> refused = server.send("POST", "/api/mappings", curator, "application/fhir+xml", xxe, null);
        assertProblem(refused, "DOCTYPE");
        assertTrue(!refused.body().contains("root:"), "no file was read");
        assertEquals(before, server.publicChecksum(), "nothing written");
    }

    @Test
    void writesNeedACuratorOrAdmin() {
        String before = server.publicChecksum();
        assertEquals(401, server.send("POST", "/api/mappings", null, TSV, EYE, null).statusCode());
        assertEquals(401, server.send("POST", "/api/mappings", "not-a-token", TSV, EYE, null).statusCode());
        HttpResponse<String> forbidden = server.send("POST", "/api/mappings", reader, TSV, EYE, null);
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("curator"), forbidden.body());
        assertEquals(403, server.send("POST", "/api/mappings/review", reader, "application/json",
                "{\"mapping\":\"" + MappingApiServer.BASE + "mapping-set/x/mapping/1\",\"decision\":\"accept\"}", null).statusCode());
        assertEquals(before, server.publicChecksum(), "nothing written");
    }

    @Test
    void aReviewerAcceptsOneMappingAndRejectsAnother() {
        String text = EYE.replace("mp_hp_eye_impc.sssom.tsv", "mp_hp_eye_impc-review.sssom.tsv");
        String set = MappingApiServer.json(server.send("POST", "/api/mappings", curator, TSV, text, null)).get("set").asText();
        HttpResponse<String> accepted = server.send("POST", "/api/mappings/review", curator, "application/json",
                "{\"mapping\":\"" + set + "/mapping/1\",\"decision\":\"accept\",\"comment\":\"Checked against both definitions\"}", null);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("reviewed", MappingApiServer.json(accepted).get("status").asText());
        assertEquals(200, server.send("POST", "/api/mappings/review", MappingApiServer.ADMIN, "application/json",
                "{\"mapping\":\"" + set + "/mapping/2\",\"decision\":\"reject\"}", null).statusCode());

        MappingSet reviewed = SssomTsvReader.read("reviewed", server.send("GET", "/api/mappings?status=reviewed&set=" + q(set),
                null, null, null, TSV).body());
        assertEquals(1, reviewed.mappings().size());
        Mapping m = reviewed.mappings().get(0);
        assertEquals("MP:0001289", m.first("subject_id").orElseThrow());
        assertEquals(MappingApiServer.BASE + "agent/carla", reviewed.curies().expand(m.first("reviewer_id").orElseThrow()).orElseThrow());
        assertTrue(m.first("review_date").isPresent());
        assertEquals("Checked against both definitions", m.first("comment").orElseThrow());
        assertTrue(reviewed.extension("status").isPresent(), "the status column is declared");
        MappingSet rejected = SssomTsvReader.read("rejected", server.send("GET", "/api/mappings?status=rejected&set=" + q(set),
                null, null, null, TSV).body());
        assertEquals(List.of("MP:0001293"), rejected.mappings().stream().map(x -> x.first("subject_id").orElseThrow()).toList());
        MappingSet all = SssomTsvReader.read("all", server.send("GET", "/api/mappings?set=" + q(set), null, null, null, TSV).body());
        assertEquals(SssomTsvReader.read("sent", text).mappings().size(), all.mappings().size(), "the other mappings are kept");

        assertProblem(server.send("POST", "/api/mappings/review", curator, "application/json",
                "{\"mapping\":\"" + set + "/mapping/1\",\"decision\":\"perhaps\"}", null), "decision", "decision");
        assertEquals(404, server.send("POST", "/api/mappings/review", curator, "application/json",
                "{\"mapping\":\"" + set + "/mapping/999\",\"decision\":\"accept\"}", null).statusCode());
    }

    private static void assertProblem(HttpResponse<String> r, String... words) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        for (String w : words) {
            assertTrue(r.body().contains(w), "'" + w + "' in " + r.body());
        }
    }

    private static List<String> matches(MappingSet set) {
        var curies = set.curies();
        return set.mappings().stream().map(m -> curies.expand(m.first("subject_id").orElseThrow()).orElseThrow() + " "
                + curies.expand(m.first("predicate_id").orElseThrow()).orElseThrow() + " "
                + curies.expand(m.first("object_id").orElseThrow()).orElseThrow()).sorted().toList();
    }
}
