package fr.hdh.catalog.web.write;

import static fr.hdh.catalog.web.write.WriteApiServer.ATIH;
import static fr.hdh.catalog.web.write.WriteApiServer.BASE;
import static fr.hdh.catalog.web.write.WriteApiServer.DREES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.ontologies.CSVW;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A producer documents a dataset's variables over real HTTP: a real SNDS Table Schema file (PMSI MCO's
 * {@code T_MCOaaB}), then the shipped CSV template, each upload a new draft version based on the
 * {@code If-Match} it names, the other tables kept; a table removed; refusals (malformed CSV naming its
 * line and column, an unknown type, no {@code If-Match}, a stale one, an unknown media type, another
 * organisation's producer) leave the record's versions as they were.
 */
class Dictionary_POST_Test {
    private static final String ID = "dictionary-target";
    private static WriteApiServer api;
    private static String producer;
    private static String otherProducer;

    @BeforeAll
    static void start() {
        api = WriteApiServer.start();
        producer = api.user("atih-editor", "producer", ATIH);
        otherProducer = api.user("drees-editor", "producer", DREES);
        HttpResponse<String> created = api.call("POST", "/api/datasets").token(producer)
                .body("text/turtle", WriteApiServer.healthDataset(ID, ATIH)).send();
        assertEquals(201, created.statusCode(), created.body());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void uploadsMakeVersionsThatKeepTheOtherTables() throws IOException {
        HttpResponse<String> sndsTable = upload("\"1\"", "application/json", realSndsTable());
        assertEquals(200, sndsTable.statusCode(), sndsTable.body());
        assertEquals("\"2\"", sndsTable.headers().firstValue("ETag").orElse(""));
        Graph v2 = version(2);
        assertEquals(Set.of("T_MCOaaB"), tables(v2));
        assertTrue(columns(v2).contains("DGN_PAL"), "the main diagnosis of the real file: " + columns(v2));

        HttpResponse<String> csv = upload("\"2\"", "text/csv; charset=utf-8", Files.readAllBytes(template()));
        assertEquals(200, csv.statusCode(), csv.body());
        Graph v3 = version(3);
        assertEquals(Set.of("T_MCOaaB", "SEJOUR", "PATIENT"), tables(v3));
        assertTrue(columns(v3).containsAll(Set.of("SEJ_NUM", "POIDS_NAI", "NAI_ANN")), columns(v3).toString());
        assertTrue(v3.contains(Node.ANY, CSVW.title.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralLang("Poids à la naissance", "fr")),
                "the template's own title is the variable's title");

        HttpResponse<String> removed = api.call("DELETE", "/api/datasets/" + ID + "/dictionary/SEJOUR")
                .token(producer).header("If-Match", "\"3\"").send();
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(Set.of("T_MCOaaB", "PATIENT"), tables(version(4)));
        assertFalse(columns(version(4)).contains("SEJ_NUM"));
        assertEquals(404, api.call("DELETE", "/api/datasets/" + ID + "/dictionary/SEJOUR")
                .token(producer).header("If-Match", "\"4\"").send().statusCode());

        String diff = api.call("GET", "/api/datasets/" + ID + "/diff?from=1&to=2").token(producer)
                .header("Accept", "text/plain").send().body();
        assertTrue(diff.contains("DGN_PAL"), "the diff names the variables the upload added: " + diff);
    }

    @Test
    void aRefusedUploadNamesWhatIsWrongAndChangesNothing() {
        assertEquals(201, api.call("POST", "/api/datasets").token(producer)
                .body("text/turtle", WriteApiServer.healthDataset("refusals", ATIH)).send().statusCode());
        String before = api.recordChecksum("refusals");

        String noName = "table,name,type\nT,A,string\nT,,integer\n";
        assertRefused(400, upload("refusals", "\"1\"", "text/csv", noName.getBytes()), "line 3", "column name");
        String badType = "table,name,type\nT,A,string\nT,B,entier\n";
        assertRefused(400, upload("refusals", "\"1\"", "text/csv", badType.getBytes()), "line 3", "entier");
        String unknownColumn = "table,name,descripton\nT,A,x\n";
        assertRefused(400, upload("refusals", "\"1\"", "text/csv", unknownColumn.getBytes()), "line 1", "descripton");
        String unterminated = "table,name,description\nT,A,\"never closed\n";
        assertRefused(400, upload("refusals", "\"1\"", "text/csv", unterminated.getBytes()), "line 2", "unterminated");
        assertRefused(400, upload("refusals", "\"1\"", "text/csv", new byte[] {'t', 'a', 'b', 'l', 'e', ',', 'n', 'a', 'm', 'e', '\n', (byte) 0xC3, ',', 'A', '\n'}),
                "UTF-8");
        assertRefused(400, upload("refusals", "\"1\"", "application/json", "{\"name\": \"T\", \"fields\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}".getBytes()),
                "A is given twice");
        assertRefused(400, upload("refusals", "\"1\"", "application/json", "{\"name\": \"..\", \"fields\": [{\"name\": \"A\"}]}".getBytes()),
                "needs a name");
        assertRefused(400, upload("refusals", "\"1\"", "application/json", "{\"fields\": [".getBytes()), "line 1");
        assertRefused(415, upload("refusals", "\"1\"", "application/xml", "<a/>".getBytes()), "text/csv");
        assertRefused(428, upload("refusals", null, "text/csv", "table,name\nT,A\n".getBytes()), "If-Match");
        assertRefused(412, upload("refusals", "\"7\"", "text/csv", "table,name\nT,A\n".getBytes()), "");
        HttpResponse<String> other = api.call("POST", "/api/datasets/refusals/dictionary").token(otherProducer)
                .header("If-Match", "\"1\"").body("text/csv", "table,name\nT,A\n").send();
        assertRefused(403, other, "");
        assertEquals(401, api.call("POST", "/api/datasets/refusals/dictionary").header("If-Match", "\"1\"")
                .body("text/csv", "table,name\nT,A\n").send().statusCode());
        assertEquals(before, api.recordChecksum("refusals"), "a refused upload changed the record's versions");
    }

    @Test
    void aDictionaryMakesAHealthDatasetAndTheReportSaysWhatItStillLacks() {
        assertEquals(201, api.call("POST", "/api/datasets").token(producer)
                .body("text/turtle", WriteApiServer.dataset("plain", ATIH)).send().statusCode());
        String before = api.recordChecksum("plain");
        assertRefused(400, upload("plain", "\"1\"", "text/csv", "table,name\nT,A\n".getBytes()),
                "HealthDCAT-AP", "healthdcatap:hdab");
        assertEquals(before, api.recordChecksum("plain"));
    }

    private static void assertRefused(int status, HttpResponse<String> r, String... named) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
        for (String n : named) {
            assertTrue(r.body().contains(n), "the refusal names " + n + ": " + r.body());
        }
    }

    private static HttpResponse<String> upload(String ifMatch, String type, byte[] body) {
        return upload(ID, ifMatch, type, body);
    }

    private static HttpResponse<String> upload(String id, String ifMatch, String type, byte[] body) {
        return api.call("POST", "/api/datasets/" + id + "/dictionary").token(producer)
                .header("If-Match", ifMatch).body(type, body).send();
    }

    private static Graph version(int n) {
        HttpResponse<String> r = api.call("GET", "/api/datasets/" + ID + "/versions/" + n).token(producer)
                .header("Accept", "text/turtle").send();
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body()).lang(Lang.TURTLE).base(BASE).parse(g);
        return g;
    }

    private static Set<String> tables(Graph g) {
        return names(g, CSVW.Table.asNode());
    }

    private static Set<String> columns(Graph g) {
        return names(g, CSVW.Column.asNode());
    }

    private static Set<String> names(Graph g, Node type) {
        Set<String> names = new TreeSet<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), type).forEachRemaining(t ->
                g.find(t.getSubject(), CSVW.name.asNode(), Node.ANY)
                        .forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm())));
        return names;
    }

    /** The real SNDS Table Schema of PMSI MCO's diagnoses table, as the demo ships it. */
    private static byte[] realSndsTable() throws IOException {
        try (InputStream in = Dictionary_POST_Test.class.getResourceAsStream("/hdh/demo/snds/schemas/PMSI/PMSI MCO/T_MCOaaB.json")) {
            assertTrue(in != null, "the demo's SNDS dictionary is on the class path");
            return in.readAllBytes();
        }
    }

    /** The template the README documents, at the root of the repository. */
    private static Path template() {
        return Path.of("..", "docs", "data-dictionary-template.csv");
    }
}
