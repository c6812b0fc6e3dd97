package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's contract, on the shaded jar itself (service files merged or not, Lucene codecs,
 * Jena subsystems): {@code java -jar web/target/hdh.jar serve --port P --data DIR --demo} becomes
 * healthy, SPARQL counts the real demo content exactly as the README's "Measured" table states it
 * (and {@code /api/stats} counts the same resources per class), and a restart on the same folder keeps
 * everything and duplicates nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeDemoJarIT {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX csvw: <http://www.w3.org/ns/csvw#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dct:  <http://purl.org/dc/terms/>
            """;

    @TempDir
    static Path data;

    private static long triplesAfterFirstStart;

    @Test
    @Order(1)
    void firstStartLoadsTheRealDemoContent() throws Exception {
        try (HdhJar server = start()) {
            long readyMs = server.awaitHealthy(Duration.ofMinutes(4));
            System.out.println("first serve --demo ready after " + readyMs + " ms");

            JsonNode stats = stats(server);
            Map<String, Long> measured = new LinkedHashMap<>();
            // a record is a named graph holding its dcat:CatalogRecord (the demo's quality graph and load marker are not)
            measured.put("records", count(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r a dcat:CatalogRecord } }"));
            measured.put("triples", count(server, "GRAPH ?g { ?s ?p ?o } FILTER EXISTS { GRAPH ?g { ?r a dcat:CatalogRecord } }"));
            measured.put("datasets", count(server, "?d a dcat:Dataset"));
            measured.put("tables", count(server, "?t a csvw:Table"));
            measured.put("SNDS tables", count(server, "GRAPH ?g { ?g a dcat:Dataset . ?t a csvw:Table }"));
            measured.put("OMOP tables", count(server, "GRAPH ?g { ?g a dct:Standard . ?t a csvw:Table }"));
            measured.put("variables", count(server, "?c a csvw:Column"));
            measured.put("SNDS variables", count(server, "GRAPH ?g { ?g a dcat:Dataset . ?c a csvw:Column }"));
            measured.put("OMOP variables", count(server, "GRAPH ?g { ?g a dct:Standard . ?c a csvw:Column }"));
            measured.put("concept schemes", count(server, "?s a skos:ConceptScheme"));
            measured.put("concepts", count(server, "?c a skos:Concept"));
            measured.put("organisations", count(server, "?o a foaf:Organization"));
            measured.put("CIM-10 copy links", count(server, "GRAPH ?g { ?g a skos:ConceptScheme . ?c skos:exactMatch ?same FILTER(CONTAINS(STR(?same), \"/vocabulary/snds/IR_CIM_V/\")) }"));
            measured.forEach((what, n) -> System.out.println("demo content: " + what + " " + n));

            // the README's "Measured" table, figure by figure;
            // SPARQL and /api/stats must agree on each class
            assertAll(
                    () -> assertEquals(595, measured.get("records"), "records"),
                    () -> assertEquals(1_101_817, measured.get("triples"), "triples in the record graphs"),
                    () -> assertEquals(28_853, measured.get("CIM-10 copy links"), "codes of CIM-10 copies linked to IR_CIM_V"),
                    () -> assertEquals(44, measured.get("datasets"), "datasets"),
                    () -> assertEquals(227, measured.get("tables"), "tables"),
                    () -> assertEquals(188, measured.get("SNDS tables"), "SNDS tables"),
                    () -> assertEquals(39, measured.get("OMOP tables"), "OMOP tables"),
                    () -> assertEquals(5_247, measured.get("variables"), "variables"),
                    () -> assertEquals(4_815, measured.get("SNDS variables"), "SNDS variables"),
                    () -> assertEquals(432, measured.get("OMOP variables"), "OMOP variables"),
                    () -> assertEquals(515, measured.get("concept schemes"), "concept schemes"),
                    () -> assertEquals(241_469, measured.get("concepts"), "concepts"),
                    () -> assertEquals(31, measured.get("organisations"), "organisations: 22 producers, 9 project sponsors"),
                    () -> assertEquals(measured.get("datasets"), classCount(stats, "dcat:Dataset"), "datasets in /api/stats"),
                    () -> assertEquals(measured.get("tables"), classCount(stats, "csvw:Table"), "tables in /api/stats"),
                    () -> assertEquals(measured.get("variables"), classCount(stats, "csvw:Column"), "variables in /api/stats"),
                    () -> assertEquals(measured.get("concept schemes"), classCount(stats, "skos:ConceptScheme"), "schemes in /api/stats"),
                    () -> assertEquals(measured.get("concepts"), classCount(stats, "skos:Concept"), "concepts in /api/stats"),
                    () -> assertEquals(measured.get("organisations"), classCount(stats, "foaf:Organization"), "organisations in /api/stats"));
            assertEquals(0, count(server, "?c a csvw:Column FILTER NOT EXISTS { ?c csvw:name ?n }"));
            assertEquals(0, count(server,
                    "?c a csvw:Column FILTER NOT EXISTS { ?c csvw:title ?t } FILTER NOT EXISTS { ?c dct:description ?d }"));
            assertEquals(0, count(server, "?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"\\u0092\"))"));
            triplesAfterFirstStart = count(server, "?s ?p ?o");
        }
    }

    @Test
    @Order(2)
    void aRestartKeepsEverythingAndDuplicatesNothing() throws Exception {
        try (HdhJar server = start()) {
            long readyMs = server.awaitHealthy(Duration.ofMinutes(1));
            System.out.println("restart ready after " + readyMs + " ms");
            assertEquals(triplesAfterFirstStart, count(server, "?s ?p ?o"));
        }
    }

    private static long count(HdhJar server, String pattern) throws Exception {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }";
        HttpResponse<String> r = HdhJar.HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.base() + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(150)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\\R")[1].trim());
    }

    /** {@code GET /api/stats}: records, triples and resources per class, as {@code hdh stats} counts them. */
    private static JsonNode stats(HdhJar server) throws Exception {
        HttpResponse<String> r = HdhJar.HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "api/stats"))
                .timeout(Duration.ofSeconds(150)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static long classCount(JsonNode stats, String shortName) {
        return stats.path("classes").path(shortName).asLong(-1);
    }

    /** The checks scan all million triples: allow them more than the public 10 s on a slow CI machine. */
    private static HdhJar start() throws Exception {
        return HdhJar.start("3g", true, "serve", "--port", "0", "--data", data.toString(), "--demo", "--query-timeout", "120");
    }
}
