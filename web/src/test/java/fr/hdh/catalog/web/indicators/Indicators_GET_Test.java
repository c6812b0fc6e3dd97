package fr.hdh.catalog.web.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code GET /api/indicators}, {@code GET /api/indicators/{id}} and {@code GET /indicators} on the real
 * server over an in-memory catalogue that starts empty; the last test writes a project through the one
 * writer and reads the indicators again over HTTP, which must show it at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Indicators_GET_Test {
    private static final String BASE = "http://test.example/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> PLAN = List.of("priority-databases-on-request", "databases-replicated-in-hub",
            "base-sources-updated", "linked-dataset-months", "project-months", "active-contributors",
            "supported-projects-completed", "supported-projects-completed-share", "international-publications",
            "international-partnerships", "transparency-register");
    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new IndicatorsWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    @Order(1)
    void indicators_GET_everyIndicatorWithAValueOrANote_itsTargetsAndItsQuery() throws Exception {
        HttpResponse<String> r = get("/api/indicators", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode all = JSON.readTree(r.body());
        List<String> ids = new ArrayList<>();
        all.forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(PLAN, ids);
        for (JsonNode i : all) {
            String id = i.get("id").asText();
            assertTrue(i.has("value"), id);
            assertFalse(i.get("name").get("fr").asText().isBlank(), id);
            assertFalse(i.get("name").get("en").asText().isBlank(), id);
            assertFalse(i.get("definition").get("en").asText().isBlank(), id);
            assertTrue(i.get("query").asText().contains("SELECT"), id);
            // An empty catalogue: every value is 0 or none, and says what is missing.
            assertTrue(i.get("value").isNull() || i.get("value").asDouble() == 0, id + " " + i.get("value"));
            assertFalse(i.get("note").get("en").asText().isBlank(), id);
        }
        JsonNode priority = all.get(0);
        assertEquals(3, priority.get("targets").get("2020").asInt());
        assertEquals(5, priority.get("targets").get("2022").asInt());
        assertEquals(0, priority.get("value").asInt());
        assertTrue(all.get(3).get("value").isNull(), "no project: no mean time, not 0");
        assertEquals("months", all.get(3).get("unit").asText());
        assertEquals(4, all.get(3).get("targets").get("2022").asInt());
        assertEquals(3, all.get(9).get("targets").get("2022").asInt());
    }

    @Test
    @Order(2)
    void indicators_GET_csvByAcceptOrFormat() throws Exception {
        for (HttpResponse<String> r : List.of(get("/api/indicators", "text/csv"), get("/api/indicators?format=csv", "application/json"))) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(r.body().startsWith("id,name_fr,name_en,unit,value,target_2020,target_2021,target_2022,note_en,query_file,query\r\n"),
                    r.body());
            assertTrue(r.body().contains("\r\npriority-databases-on-request,Bases prioritaires cataloguées et accessibles sur demande,"
                    + "Priority databases catalogued and accessible on request,count,0,3,5,5,"), r.body());
            assertTrue(r.body().contains("\r\nlinked-dataset-months,"), r.body());
            assertTrue(r.body().contains(",months,,6,5,4,"), "no value is an empty field: " + r.body());
            for (String id : PLAN) {
                assertTrue(r.body().contains("\r\n" + id + ","), id);
            }
        }
    }

    @Test
    @Order(3)
    void indicator_GET_oneById_withItsBreakdown_unknownIs404_badFormatIs400() throws Exception {
        HttpResponse<String> r = get("/api/indicators/international-partnerships", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode one = JSON.readTree(r.body());
        assertEquals("international-partnerships", one.get("id").asText());
        assertEquals(1, one.get("targets").get("2021").asInt());
        assertEquals("international-partnerships-by-country.rq", one.get("breakdown").get("queryFile").asText());
        assertEquals("[\"country\",\"catalogues\",\"sources\"]", one.get("breakdown").get("columns").toString());

        HttpResponse<String> csv = get("/api/indicators/transparency-register?format=csv", "*/*");
        assertEquals(200, csv.statusCode());
        assertEquals(2, csv.body().split("\r\n(?=[a-z])").length, csv.body());

        HttpResponse<String> missing = get("/api/indicators/no-such-indicator", "application/json");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(missing.body().contains("no-such-indicator") && missing.body().contains("transparency-register"), missing.body());

        HttpResponse<String> badFormat = get("/api/indicators?format=xml", "application/json");
        assertEquals(400, badFormat.statusCode());
        assertTrue(badFormat.body().contains("format"), badFormat.body());
    }

    @Test
    @Order(4)
    void indicatorsPage_GET_showsEachValueBesideItsTargets() throws Exception {
        HttpResponse<String> r = get("/indicators?lang=en", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body());
        assertEquals("Performance indicators", page.selectFirst("h1").text());
        Element priority = page.selectFirst("tr[data-indicator=priority-databases-on-request]");
        assertEquals("Priority databases catalogued and accessible on request", priority.selectFirst("th a").text());
        assertEquals("#priority-databases-on-request", priority.selectFirst("th a").attr("href"), "the row links to its detail");
        assertEquals(List.of("0", "3", "5", "5"), priority.select("td").eachText(), "value, then the targets of 2020-2022");
        assertEquals(List.of("—", "6 months", "5 months", "4 months"),
                page.select("tr[data-indicator=linked-dataset-months] td").eachText());
        assertEquals(PLAN.size(), page.select("section.indicator .bars.targets").size(), "a chart per indicator");
        assertTrue(page.select("[style]").isEmpty(), "no inline style under the CSP");
        Document fr = Jsoup.parse(get("/indicators?lang=fr", "text/html").body());
        assertEquals("Indicateurs de performance", fr.selectFirst("h1").text());
        assertTrue(fr.select("tr[data-indicator=supported-projects-completed-share] td").eachText().contains("80 %"),
                fr.select("tr[data-indicator=supported-projects-completed-share]").text());
    }

    @Test
    @Order(5)
    void aProjectWrittenThroughTheWriterChangesTheValuesAtOnce() throws Exception {
        Map<String, JsonNode> before = byId(get("/api/indicators", "application/json"));
        assertEquals(0, before.get("transparency-register").get("value").asInt());
        assertEquals(0, before.get("supported-projects-completed").get("value").asInt());
        assertTrue(before.get("supported-projects-completed-share").get("value").isNull());
        int contributors = before.get("active-contributors").get("value").asInt();

        catalog.records().put(new CatalogRecord(BASE + "project/p1", RecordKind.PROJECT, RDFParser.fromString("""
                @prefix dct:  <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix hdh:  <https://w3id.org/hdh-catalog/ns#> .
                @prefix dpv:  <https://w3id.org/dpv#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                <http://test.example/project/p1> a foaf:Project ; dct:identifier "p1" ;
                    dct:title "Projet d'essai"@fr , "Test project"@en ;
                    dpv:hasPurpose "Finalité d'essai"@fr ; dpv:hasLegalBasis "Base légale d'essai"@fr ;
                    hdh:supportedByHub true ; hdh:projectStatus hdh:ProjectCompleted ; hdh:involvesLinkage true ;
                    dct:dateSubmitted "2021-01-15"^^xsd:date ; hdh:dataDelivered "2021-07-15"^^xsd:date ;
                    prov:endedAtTime "2022-01-15T10:00:00Z"^^xsd:dateTime .
                """, Lang.TURTLE).toGraph(), new RecordSource("urn:test:indicators", "alice")));

        Map<String, JsonNode> after = byId(get("/api/indicators", "application/json"));
        assertEquals(1, after.get("transparency-register").get("value").asInt());
        assertTrue(after.get("transparency-register").get("note").isNull(), "in place: nothing missing");
        assertEquals(1, after.get("supported-projects-completed").get("value").asInt());
        assertEquals(100, after.get("supported-projects-completed-share").get("value").asInt());
        assertEquals(6, after.get("linked-dataset-months").get("value").asInt());
        assertEquals(12, after.get("project-months").get("value").asInt());
        assertEquals(contributors + 1, after.get("active-contributors").get("value").asInt());
        JsonNode agents = JSON.readTree(get("/api/indicators/active-contributors", "application/json").body())
                .get("breakdown").get("rows");
        assertTrue(agents.toString().contains("[\"alice\",\"1\"]"), agents.toString());
        assertEquals(List.of("12 months", "18 months", "15 months", "12 months"),
                Jsoup.parse(get("/indicators?lang=en", "text/html").body()).select("tr[data-indicator=project-months] td").eachText());
    }

    @Test
    @Order(6)
    void aPublicationWrittenThroughTheWriterCountsAtOnce() throws Exception {
        int before = byId(get("/api/indicators", "application/json")).get("international-publications").get("value").asInt();
        catalog.records().put(new CatalogRecord(BASE + "dataset/d1", RecordKind.DATASET, RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <http://test.example/dataset/d1> a dcat:Dataset ; dct:identifier "d1" ;
                    dct:title "Séjours hospitaliers"@fr ; dct:description "Séjours en France."@fr ;
                    dct:spatial <http://publications.europa.eu/resource/authority/country/FRA> .
                <http://publications.europa.eu/resource/authority/country/FRA> a dct:Location .
                """, Lang.TURTLE).toGraph(), new RecordSource("urn:test:indicators", "alice")));
        catalog.records().put(new CatalogRecord("https://doi.org/10.1000/test.1", RecordKind.PUBLICATION, RDFParser.fromString("""
                @prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix schema: <https://schema.org/> . @prefix bibo: <http://purl.org/ontology/bibo/> .
                @prefix cito: <http://purl.org/spar/cito/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://doi.org/10.1000/test.1> a foaf:Document , schema:ScholarlyArticle ; bibo:doi "10.1000/test.1" ;
                    dct:title "Hospital stays in France" ; dct:issued "2021"^^xsd:gYear ;
                    dct:language <http://publications.europa.eu/resource/authority/language/ENG> ;
                    cito:citesAsDataSource <http://test.example/dataset/d1> .
                <http://test.example/dataset/d1> dct:isReferencedBy <https://doi.org/10.1000/test.1> .
                """, Lang.TURTLE).toGraph(), new RecordSource("urn:test:indicators", "alice")));
        Map<String, JsonNode> after = byId(get("/api/indicators", "application/json"));
        assertEquals(before + 1, after.get("international-publications").get("value").asInt(),
                "an English publication citing a French dataset counts at once");
    }

    private static Map<String, JsonNode> byId(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(r.body()).forEach(i -> byId.put(i.get("id").asText(), i));
        return byId;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
