package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's contract, on the shaded jar itself (service files merged or not, Lucene codecs,
 * Jena subsystems): {@code java -jar web/target/hdh.jar serve --port P --data DIR --demo} becomes
 * healthy, SPARQL counts the real demo content over the union of record graphs, and a restart on the
 * same folder keeps everything and duplicates nothing.
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

            assertTrue(count(server, "?d a dcat:Dataset") >= 40);
            assertTrue(count(server, "?t a csvw:Table") >= 188);
            assertTrue(count(server, "?c a csvw:Column") >= 4815);
            assertTrue(count(server, "?s a skos:ConceptScheme") >= 400);
            assertTrue(count(server, "?o a foaf:Organization") >= 20);
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

    /** The checks scan all million triples: allow them more than the public 10 s on a slow CI machine. */
    private static HdhJar start() throws Exception {
        return HdhJar.start("3g", true, "serve", "--port", "0", "--data", data.toString(), "--demo", "--query-timeout", "120");
    }
}
