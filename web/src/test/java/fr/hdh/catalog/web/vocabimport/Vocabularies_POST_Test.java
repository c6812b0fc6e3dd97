package fr.hdh.catalog.web.vocabimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code POST /api/vocabularies} through the real server, with real files (see
 * {@code src/test/resources/vocabimport/SOURCES.md}): a FHIR CodeSystem in JSON whose hierarchy is in
 * {@code parent}/{@code child} properties, two in XML (nested concepts; designations in seven languages),
 * a CSV code list cut from the SNDS CIM-10 nomenclature, a SKOS-AP-EU authority table in RDF/XML and the
 * same in Turtle; each comes back with as many concepts, hierarchy links and labels per language as the
 * file holds. Two versions of one code system are both kept, the later one current. Malformed files are
 * refused naming the line and column or the FHIR path, and change nothing; so is an XML external entity.
 */
class Vocabularies_POST_Test {
    static final String FHIR_JSON = "application/fhir+json";
    static final String FHIR_XML = "application/fhir+xml";
    static final String MII = VocabularyApiServer.BASE + "vocabulary/fhir/"
            + "www.medizininformatik-initiative.de-fhir-ext-modul-bildgebung-CodeSystem-mii-cs-bildgebung-instance-image-type";
    static VocabularyApiServer server;
    static String curator;
    static String reader;

    @BeforeAll
    static void start() {
        server = VocabularyApiServer.start();
        curator = server.user("carla", "curator");
        reader = server.user("rita", "reader");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFhirJsonCodeSystemKeepsItsParentHierarchyAndTwoVersionsAreBothKept() throws Exception {
        byte[] v1 = VocabularyApiServer.resource("mii-instance-image-type-2026.1.0.json");
        HttpResponse<String> first = server.post("?language=en", curator, FHIR_JSON, v1);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(MII, first.headers().firstValue("Location").orElseThrow());
        JsonNode loaded = VocabularyApiServer.json(first);
        assertEquals("2026.1.0", loaded.get("version").asText());

        JsonNode file = VocabularyApiServer.JSON.readTree(v1);
        Set<String> codes = new HashSet<>();
        file.get("concept").forEach(c -> codes.add(c.get("code").asText()));
        Set<String> links = new HashSet<>();
        Set<String> children = new HashSet<>();
        int dangling = 0;
        for (JsonNode c : file.get("concept")) {
            for (JsonNode p : c.path("property")) {
                String code = c.get("code").asText();
                String other = p.get("valueCode").asText();
                if (!codes.contains(other)) {
                    dangling++;
                    continue;
                }
                if (p.get("code").asText().equals("parent")) {
                    links.add(code + ">" + other);
                    children.add(code);
                } else if (p.get("code").asText().equals("child")) {
                    links.add(other + ">" + code);
                    children.add(other);
                }
            }
        }
        int concepts = file.get("concept").size();
        SchemeCounts stored = SchemeCounts.of(server.graph(MII), MII);
        assertEquals(concepts, stored.concepts());
        assertEquals(concepts, loaded.get("concepts").asInt());
        assertEquals(links.size(), stored.broader(), "one skos:broader per parent/child pair");
        assertEquals(links.size(), stored.narrower(), "and its inverse");
        assertEquals(concepts - children.size(), stored.topConcepts());
        assertEquals(concepts - children.size(), stored.hasTop());
        assertEquals(concepts, stored.labels(SKOS.prefLabel, "en"), "the displays, in the language the request gave");
        assertTrue(dangling > 0, "the published file names child codes it does not define");
        assertEquals(dangling, loaded.get("notes").size(), loaded.get("notes").toString());
        assertTrue(loaded.get("notes").toString().contains("CodeSystem.concept[32].property[1]: ADOMINAL is not a code"),
                loaded.get("notes").toString());

        HttpResponse<String> second = server.post("?language=en", curator, FHIR_JSON,
                VocabularyApiServer.resource("mii-instance-image-type-2027.0.0-ballot.json"));
        assertEquals(201, second.statusCode(), second.body());
        JsonNode versions = VocabularyApiServer.json(second).get("versionGraphs");
        assertEquals(2, versions.size());
        String v1Graph = VocabularyApiServer.json(first).get("versionGraph").asText();
        String v2Graph = VocabularyApiServer.json(second).get("versionGraph").asText();
        Graph record = server.graph(MII);
        assertTrue(record.contains(NodeFactory.createURI(MII), OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString("2027.0.0-ballot")), "the record holds the current version");
        assertFalse(record.contains(NodeFactory.createURI(MII), OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString("2026.1.0")));
        Graph kept = server.graph(v1Graph);
        assertTrue(kept.contains(NodeFactory.createURI(MII), OWL.versionInfo.asNode(), NodeFactory.createLiteralString("2026.1.0")),
                "the first version's graph is kept as it was");
        assertEquals(concepts, SchemeCounts.of(kept, MII).concepts());
        assertEquals(concepts, SchemeCounts.of(server.graph(v2Graph), MII).concepts());
    }

    @Test
    void fhirXmlCodeSystemsKeepNestedConceptsAndLabelsPerLanguage() throws Exception {
        byte[] clinical = VocabularyApiServer.resource("condition-clinical.xml");
        HttpResponse<String> posted = server.post("", curator, FHIR_XML, clinical);
        assertEquals(201, posted.statusCode(), posted.body());
        String scheme = posted.headers().firstValue("Location").orElseThrow();
        assertEquals("4.0.1", VocabularyApiServer.json(posted).get("version").asText());
        Document dom = dom(clinical);
        int all = dom.getElementsByTagName("concept").getLength();
        int top = children(dom.getDocumentElement(), "concept").size();
        SchemeCounts stored = SchemeCounts.of(server.graph(scheme), scheme);
        assertEquals(all, stored.concepts());
        assertEquals(all - top, stored.broader(), "each nested concept has its broader one");
        assertEquals(top, stored.topConcepts());

        byte[] outcome = VocabularyApiServer.resource("operation-outcome.xml");
        HttpResponse<String> second = server.post("?language=en", curator, FHIR_XML, outcome);
        assertEquals(201, second.statusCode(), second.body());
        String outcomeScheme = second.headers().firstValue("Location").orElseThrow();
        int withFrench = 0;
        int moreFrench = 0;
        int concepts = 0;
        for (Element c : children(dom(outcome).getDocumentElement(), "concept")) {
            concepts++;
            int fr = 0;
            for (Element d : children(c, "designation")) {
                for (Element l : children(d, "language")) {
                    fr += l.getAttribute("value").startsWith("fr") ? 1 : 0;
                }
            }
            withFrench += fr > 0 ? 1 : 0;
            moreFrench += Math.max(0, fr - 1);
        }
        SchemeCounts oc = SchemeCounts.of(server.graph(outcomeScheme), outcomeScheme);
        assertEquals(concepts, oc.concepts());
        assertEquals(concepts, oc.labels(SKOS.prefLabel, "en"));
        assertTrue(withFrench > 0);
        assertEquals(withFrench, oc.labels(SKOS.prefLabel, "fr"), "a French designation is the French label");
        assertEquals(moreFrench, oc.labels(SKOS.altLabel, "fr"));
    }

    @Test
    void subsumedByIsAParentAndAFragmentIsLoadedSayingItIsPartial() {
        String json = new String(VocabularyApiServer.resource("mii-instance-image-type-2026.1.0.json"), StandardCharsets.UTF_8);
        String renamed = json.replace("\"code\": \"parent\"", "\"code\": \"subsumedBy\"")
                .replace("\"content\": \"complete\"", "\"content\": \"fragment\"");
        String scheme = VocabularyApiServer.BASE + "vocabulary/import/mii-fragment";
        HttpResponse<String> posted = server.post("?scheme=mii-fragment", curator, FHIR_JSON, renamed.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, posted.statusCode(), posted.body());
        Graph stored = server.graph(scheme);
        assertEquals(hierarchyPairs(json.getBytes(StandardCharsets.UTF_8)), SchemeCounts.of(stored, scheme).broader(),
                "the same hierarchy through subsumedBy");
        assertTrue(stored.contains(NodeFactory.createURI(scheme), SKOS.editorialNote.asNode(), null), "partial, and said so");
        assertTrue(stored.contains(NodeFactory.createURI(scheme + "/ORIGINAL"), SKOS.inScheme.asNode(), NodeFactory.createURI(scheme)),
                "concepts are named under the scheme the request gave");
    }

    @Test
    void aCsvCodeListKeepsItsParentsAndFrenchLabels() throws Exception {
        byte[] csv = VocabularyApiServer.resource("cim10-i20-i25.csv");
        HttpResponse<String> posted = server.post("?scheme=cim10-i20-i25&version=V8.0&title="
                + "CIM-10%20I20-I25%20(cardiopathies%20isch%C3%A9miques)", curator, "text/csv; charset=utf-8", csv);
        assertEquals(201, posted.statusCode(), posted.body());
        String scheme = VocabularyApiServer.BASE + "vocabulary/import/cim10-i20-i25";
        assertEquals(scheme, posted.headers().firstValue("Location").orElseThrow());
        List<CsvRow> rows = CsvReader.read(new StringReader(new String(csv, StandardCharsets.UTF_8)), "cim10");
        long withParent = rows.stream().filter(r -> !r.get("parent").isEmpty()).count();
        SchemeCounts stored = SchemeCounts.of(server.graph(scheme), scheme);
        assertEquals(rows.size(), stored.concepts());
        assertEquals(withParent, stored.broader());
        assertEquals(rows.size() - withParent, stored.topConcepts());
        assertEquals(rows.size(), stored.labels(SKOS.prefLabel, "fr"));
        assertEquals(0, stored.labels(SKOS.prefLabel, "en"), "the source has no English label, none is made up");
    }

    @Test
    void skosInRdfXmlTurtleAndJsonLdIsTakenAsItIs() {
        byte[] rdf = VocabularyApiServer.resource("continents-skos-ap-act.rdf");
        Graph file = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(rdf)).lang(Lang.RDFXML).parse(file);
        String scheme = "http://publications.europa.eu/resource/authority/continent";
        int concepts = file.find(null, SKOS.inScheme.asNode(), NodeFactory.createURI(scheme)).toList().size();
        int french = SchemeCounts.of(file, scheme).labels(SKOS.prefLabel, "fr");

        HttpResponse<String> posted = server.post("", curator, "application/rdf+xml", rdf);
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals(scheme, posted.headers().firstValue("Location").orElseThrow());
        assertEquals("20161225-1", VocabularyApiServer.json(posted).get("version").asText(), "owl:versionInfo of the file");
        SchemeCounts stored = SchemeCounts.of(server.graph(scheme), scheme);
        assertTrue(concepts > 0);
        assertEquals(concepts, stored.concepts());
        assertEquals(french, stored.labels(SKOS.prefLabel, "fr"));

        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, file, Lang.TURTLE);
        HttpResponse<String> again = server.post("?version=20161225-1", curator, "text/turtle", turtle.toByteArray());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("UNCHANGED", VocabularyApiServer.json(again).get("change").asText(), "the same scheme, in Turtle");

        ByteArrayOutputStream jsonld = new ByteArrayOutputStream();
        RDFDataMgr.write(jsonld, file, Lang.JSONLD);
        HttpResponse<String> asJsonLd = server.post("", curator, "application/ld+json", jsonld.toByteArray());
        assertEquals(201, asJsonLd.statusCode(), asJsonLd.body());
        assertEquals("UNCHANGED", VocabularyApiServer.json(asJsonLd).get("change").asText(), "and in JSON-LD");
        assertEquals(1, VocabularyApiServer.json(asJsonLd).get("versionGraphs").size(), "one version, loaded three times");
    }

    @Test
    void malformedFilesAreRefusedNamingThePlaceAndNothingIsWritten() {
        String before = server.publicChecksum();
        String json = new String(VocabularyApiServer.resource("mii-instance-image-type-2026.1.0.json"), StandardCharsets.UTF_8);
        assertProblem(server.post("", curator, FHIR_JSON, json.replaceFirst("\"status\"", "\"status").getBytes(StandardCharsets.UTF_8)),
                "line 3", "column");
        assertProblem(server.post("", curator, FHIR_JSON, json.replaceFirst("\"code\": \"ORIGINAL\",", "")
                .getBytes(StandardCharsets.UTF_8)), "CodeSystem.concept[1].code", "missing");
        assertProblem(server.post("", curator, FHIR_JSON, json.replaceFirst("\"content\": \"complete\"", "\"content\": \"not-present\"")
                .getBytes(StandardCharsets.UTF_8)), "CodeSystem.content", "not-present");
        assertProblem(server.post("", curator, FHIR_JSON, "{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8)),
                "resourceType", "CodeSystem");
        String xml = new String(VocabularyApiServer.resource("condition-clinical.xml"), StandardCharsets.UTF_8);
        assertProblem(server.post("", curator, FHIR_XML, xml.replaceFirst("</display>", "</dsplay>").getBytes(StandardCharsets.UTF_8)),
                "line", "column");
        assertProblem(server.post("", curator, FHIR_XML, xml.replaceFirst("<code value=\"relapse\"></code>", "<code value=\"active\"></code>")
                .getBytes(StandardCharsets.UTF_8)), "CodeSystem.concept[0].concept[1].code", "already the code of CodeSystem.concept[0]");

        String header = "code,label_fr,label_en,parent\n";
        assertProblem(csv(header + "I20,Angine de poitrine,,\nI20,Doublon,,\n"), "line 3", "column 1 (code)");
        assertProblem(csv(header + "I20,Angine de poitrine,,\nI200,Angine instable,,I99\n"), "line 3", "column 4 (parent)");
        assertProblem(csv(header + "A,Un,,B\nB,Deux,,A\n"), "column 4 (parent)", "cycle");
        assertProblem(csv(header + "I20,,,\n"), "line 2", "label");
        assertProblem(csv("code,label_fr,colour\nI20,Angine,bleu\n"), "line 1", "colour");
        assertProblem(server.post("?scheme=latin1&version=1", curator, "text/csv",
                "code,label_fr\nI20,Angine de poitrine, s\u00e9v\u00e8re\n".getBytes(StandardCharsets.ISO_8859_1)), "UTF-8", "UTF-8");
        assertProblem(server.post("", curator, "text/turtle", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<x> a sko:ConceptScheme .\n"
                .getBytes(StandardCharsets.UTF_8)), "line 2", "column");
        assertProblem(server.post("", curator, "text/turtle", ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<http://example.org/s> a skos:ConceptScheme ; skos:prefLabel \"S\"@en .\n"
                + "<http://example.org/c> a skos:Concept .\n").getBytes(StandardCharsets.UTF_8)), "<http://example.org/c>", "in no scheme");
        assertProblem(server.post("?version=1", curator, "text/csv", (header + "I20,Angine,,\n").getBytes(StandardCharsets.UTF_8)),
                "scheme", "scheme");
        assertProblem(server.post("?scheme=x", curator, "text/csv", (header + "I20,Angine,,\n").getBytes(StandardCharsets.UTF_8)),
                "version", "give one");
        assertEquals(415, server.post("", curator, "application/pdf", new byte[] {1}).statusCode());
        assertEquals(before, server.publicChecksum(), "nothing written");
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNeverRead() {
        String before = server.publicChecksum();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeSystem [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"http://example.org/cs\"/><version value=\"1\"/>"
                + "<name value=\"X\"/><status value=\"draft\"/><content value=\"complete\"/>"
                + "<concept><code value=\"a\"/><display value=\"&secret;\"/></concept></CodeSystem>";
        HttpResponse<String> r = server.post("", curator, FHIR_XML, xxe.getBytes(StandardCharsets.UTF_8));
        assertProblem(r, "line 2", "DOCTYPE");
        assertFalse(r.body().contains("root:"), "the entity was not resolved");
        assertEquals(before, server.publicChecksum(), "nothing written");
    }

    @Test
    void writesNeedACuratorOrTheAdmin() {
        String before = server.publicChecksum();
        byte[] csv = "code,label_fr\nI20,Angine de poitrine\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(401, server.post("?scheme=auth&version=1", null, "text/csv", csv).statusCode());
        assertEquals(401, server.post("?scheme=auth&version=1", "not-a-token", "text/csv", csv).statusCode());
        assertEquals(403, server.post("?scheme=auth&version=1", reader, "text/csv", csv).statusCode());
        assertEquals(before, server.publicChecksum(), "nothing written");
        assertEquals(201, server.post("?scheme=auth&version=1", VocabularyApiServer.ADMIN, "text/csv", csv).statusCode());
    }

    @Test
    void searchFindsAConceptOfTheLoadedSchemeAtOnce() throws Exception {
        byte[] csv = ("code,label_fr,label_en,parent,synonyms_fr\n"
                + "I21,Infarctus aigu du myocarde,,,\n"
                + "I210,Infarctus transmural aigu de la paroi antérieure du myocarde,,I21,infarctus antérieur\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(201, server.post("?scheme=search-check&version=V8.0", curator, "text/csv", csv).statusCode());
        JsonNode hits = VocabularyApiServer.JSON.readTree(server.send("GET", "/api/search?q=transmural&kind=concept", null, null, null)
                .body()).get("hits");
        List<String> found = new java.util.ArrayList<>();
        hits.forEach(h -> found.add(h.get("iri").asText()));
        assertTrue(found.contains(VocabularyApiServer.BASE + "vocabulary/import/search-check/I210"), found.toString());
    }

    @Test
    void theReadingResourceAtTheSamePathStillAnswers() {
        HttpResponse<String> get = server.send("GET", "/api/vocabularies", null, null, null);
        assertEquals(200, get.statusCode(), "Jersey merges two root resources of one path: GET from one, POST from the other");
        assertEquals("the reading API", get.body());
    }

    /** The distinct (child, parent) pairs the MII file's parent and child properties give between codes it defines. */
    private static int hierarchyPairs(byte[] json) {
        try {
            JsonNode file = VocabularyApiServer.JSON.readTree(json);
            Set<String> codes = new HashSet<>();
            file.get("concept").forEach(c -> codes.add(c.get("code").asText()));
            Set<String> pairs = new HashSet<>();
            for (JsonNode c : file.get("concept")) {
                for (JsonNode p : c.path("property")) {
                    String other = p.get("valueCode").asText();
                    if (codes.contains(other)) {
                        pairs.add(p.get("code").asText().equals("child") ? other + ">" + c.get("code").asText()
                                : c.get("code").asText() + ">" + other);
                    }
                }
            }
            return pairs.size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> csv(String text) {
        return server.post("?scheme=bad&version=1", curator, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> r, String... mentions) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        String detail = VocabularyApiServer.json(r).get("detail").asText();
        for (String m : mentions) {
            assertTrue(detail.contains(m), "'" + m + "' in: " + detail);
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
