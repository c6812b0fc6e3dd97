package fr.hdh.catalog.web.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.DemoSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/sample} on the real server with the real demo content, loaded once for the class
 * (~25 s): the SNDS tables, their nomenclatures and foreign keys.
 */
class SampleResourceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Catalog catalog;

    @BeforeAll
    static void start() {
        catalog = DemoSite.get().catalog();
    }

    @Test
    void sample_GET_sndsTableDownloadsAsCsvWhoseCodedColumnsHoldOnlyNomenclatureCodes() throws Exception {
        String table = catalog.iris().table("pmsi-mco", "T_MCOaaB");
        HttpResponse<String> r = get(table, "rows=300&seed=9");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("T_MCOaaB-synthetic-sample.csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals(301, lines.size());
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        // DGN_PAL (principal diagnosis) is coded by CIM-10, SOR_MOD (discharge mode) by MS_SOR_V.
        for (String column : List.of("DGN_PAL", "DGN_REL", "SOR_MOD", "ENT_MOD")) {
            Set<String> codes = codes(table, column);
            assertTrue(codes.size() > 1, column + " should have a code list in the demo content");
            int at = header.indexOf(column);
            for (String line : lines.subList(1, lines.size())) {
                String value = line.split(",", -1)[at];
                assertTrue(codes.contains(value), column + " holds '" + value + "', not a code of its nomenclature");
            }
        }
    }

    @Test
    void sample_GET_sameSeedGivesTheSameFile() throws Exception {
        String table = catalog.iris().table("snds-beneficiaires", "IR_BEN_R");
        assertEquals(get(table, "rows=20&seed=4").body(), get(table, "rows=20&seed=4").body());
    }

    @Test
    void sample_GET_unknownTableIs404() throws Exception {
        HttpResponse<String> r = get(catalog.iris().table("pmsi-mco", "NO_SUCH_TABLE"), "rows=5");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("NO_SUCH_TABLE"), r.body());
    }

    @Test
    void sample_GET_badParametersAre400NamingTheParameter() throws Exception {
        String table = catalog.iris().table("pmsi-mco", "T_MCOaaB");
        for (String query : List.of("rows=abc", "rows=0", "rows=" + (SampleResource.MAX_ROWS + 1), "seed=1.5")) {
            HttpResponse<String> r = get(table, query);
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.body().contains("'" + query.substring(0, query.indexOf('=')) + "'"), r.body());
        }
        HttpResponse<String> noTable = HTTP.send(HttpRequest.newBuilder(uri("/api/sample?rows=5")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noTable.statusCode());
        assertTrue(noTable.body().contains("'table'"), noTable.body());
    }

    private static Set<String> codes(String table, String column) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX csvw: <http://www.w3.org/ns/csvw#>
                PREFIX hdh: <https://w3id.org/hdh-catalog/ns#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?code WHERE { ?table csvw:column ?c . ?c csvw:name ?name ; hdh:codeList ?s .
                                     ?concept skos:inScheme ?s ; skos:notation ?code }""");
        q.setIri("table", table);
        q.setLiteral("name", column);
        Set<String> codes = new HashSet<>();
        catalog.store().read(() -> {
            QueryExec.dataset(catalog.store().datasetGraph()).query(q.asQuery()).select()
                    .forEachRemaining(row -> codes.add(row.get("code").getLiteralLexicalForm()));
            return null;
        });
        return codes;
    }

    private static HttpResponse<String> get(String table, String query) throws Exception {
        String path = "/api/sample?table=" + URLEncoder.encode(table, StandardCharsets.UTF_8) + "&" + query;
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(DemoSite.get().url(path));
    }
}
