package fr.hdh.catalog.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import fr.hdh.catalog.sparql.federation.PartnerEndpoints;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public SPARQL endpoint over HTTP (a real Fuseki on port 0, 1 s timeout, a result cap of 5):
 * query only, refusals that say why, content negotiation, the descriptions, CORS.
 */
class SparqlEndpointTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CAP = 5;
    private static final int RECORDS = 3;
    private static final int TRIPLES_EACH = 100;
    private static CatalogStore store;
    private static StoreWriter writer;
    private static org.apache.jena.fuseki.main.FusekiServer server;

    @BeforeAll
    static void start() {
        store = CatalogStore.inMemory();
        writer = store.writer();
        writer.write(() -> {
            for (int r = 0; r < RECORDS; r++) {
                Graph g = GraphFactory.createDefaultGraph();
                for (int i = 0; i < TRIPLES_EACH; i++) {
                    g.add(uri("urn:s" + r + "-" + i), uri("urn:p" + (i % 7)), NodeFactory.createLiteralString("v" + i));
                }
                g.add(uri("urn:s" + r + "-0"), uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri("http://www.w3.org/ns/dcat#Dataset"));
                writer.replaceRecordGraph("urn:record" + r, g);
            }
        });
        org.apache.jena.fuseki.main.FusekiServer.Builder builder = org.apache.jena.fuseki.main.FusekiServer.create()
                .port(0).loopback(true).verbose(false);
        new SparqlEndpoint(store.datasetGraph(), new SparqlSettings(Duration.ofSeconds(1), CAP, PartnerEndpoints.none()),
                store::version, (uri, accept) -> { throw new AssertionError("no request may leave: " + uri); })
                .withEditor((req, resp, endpoint) -> {
                    resp.setContentType("text/html;charset=utf-8");
                    resp.getWriter().write("editor of " + endpoint);
                })
                .addTo(builder);
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void sparql_POST_updateIs403SaysWhyAndChangesNothing() throws Exception {
        long before = quadCount();
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("SPARQL Update is not allowed"), r.body());
        assertEquals(before, quadCount());
    }

    @Test
    void sparql_POST_updateAsFormIs403() throws Exception {
        long before = quadCount();
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("CLEAR ALL"))));
        assertEquals(403, r.statusCode());
        assertEquals(before, quadCount());
    }

    @Test
    void sparql_PUT_graphStoreWriteIs403() throws Exception {
        long before = quadCount();
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql?graph=" + enc("urn:record0")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("read-only"), r.body());
        assertEquals(before, quadCount());
    }

    @Test
    void sparql_POST_turtleBodyIs403() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql?default"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Graph Store write"), r.body());
    }

    @Test
    void sparql_GET_malformedQueryIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void sparql_GET_unsupportedAcceptIs406ListingWhatIsSupported() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("application/sparql-results+json") && r.body().contains("text/turtle"), r.body());
    }

    @Test
    void sparql_GET_runawayQueryStopsAtTheTimeoutWithAClearError() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(url("/sparql?query=" + enc(runaway)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timeout") || r.body().toLowerCase().contains("timed out"), r.body());
    }

    @Test
    void sparql_GET_answersAreCappedAndTheResponseSaysSo() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(CAP + 1, r.body().strip().split("\r?\n").length, r.body());
        assertEquals(Integer.toString(CAP), r.headers().firstValue(PublicQueryProcessor.CAP_HEADER).orElse(null));
    }

    @Test
    void sparql_GET_aSmallerLimitIsKeptAndNotFlagged() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"), "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertEquals(3, r.body().strip().split("\r?\n").length, r.body());
        assertNull(r.headers().firstValue(PublicQueryProcessor.CAP_HEADER).orElse(null));
    }

    @Test
    void sparql_POST_queryBodyAnswersXmlResults() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s a <http://www.w3.org/ns/dcat#Dataset> }")));
        assertEquals(200, r.statusCode(), r.body() + r.headers());
        assertTrue(r.body().contains("<boolean>true</boolean>"), r.body());
    }

    @Test
    void sparql_GET_constructAnswersTurtleAndJsonLd() throws Exception {
        String construct = enc("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }");
        Graph turtle = parse(get("/sparql?query=" + construct, "text/turtle").body(), Lang.TURTLE);
        Graph jsonld = parse(get("/sparql?query=" + construct, "application/ld+json").body(), Lang.JSONLD);
        assertEquals(RECORDS, turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonld));
    }

    @Test
    void sparql_GET_corsLetsPartnerPortalsQueryFromABrowser() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/sparql?query=" + enc("ASK {}")))
                .header("Origin", "https://partner.example").header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void sparql_GET_withoutQueryIsTheServiceDescriptionInTurtle() throws Exception {
        HttpResponse<String> r = get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph sd = parse(r.body(), Lang.TURTLE);
        Node service = uri(url("/sparql").toString());
        assertTrue(sd.contains(service, uri(ServiceDescription.SD + "supportedLanguage"), uri(ServiceDescription.SD + "SPARQL11Query")), r.body());
        assertTrue(sd.contains(service, uri(ServiceDescription.SD + "resultFormat"), uri("http://www.w3.org/ns/formats/SPARQL_Results_CSV")));
    }

    @Test
    void sparql_GET_browserGetsTheQueryEditorOfThisEndpoint() throws Exception {
        HttpResponse<String> r = get("/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("editor of " + url("/sparql"), r.body());
    }

    @Test
    void void_GET_describesTheDataWithItsEndpointAndCounts() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph v = parse(r.body(), Lang.TURTLE);
        Node ds = uri(url("/.well-known/void").toString() + "#dataset");
        assertTrue(v.contains(ds, uri(VoidDescription.VOID + "sparqlEndpoint"), uri(url("/sparql").toString())), r.body());
        long triples = Long.parseLong(v.find(ds, uri(VoidDescription.VOID + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(RECORDS * (TRIPLES_EACH + 1L), triples);
    }

    @Test
    void void_GET_countsAgainOnceTheStoreHasChangedAndOnlyThen() throws Exception {
        long before = voidTriples();
        assertEquals(before, voidTriples());
        Graph extra = GraphFactory.createDefaultGraph();
        extra.add(uri("urn:extra"), uri("urn:p"), NodeFactory.createLiteralString("one"));
        extra.add(uri("urn:extra"), uri("urn:q"), NodeFactory.createLiteralString("two"));
        try {
            writer.write(() -> writer.replaceRecordGraph("urn:record-extra", extra));
            assertEquals(before + 2, voidTriples(), "a write through the store is counted at the next request");
        } finally {
            writer.write(() -> writer.deleteRecordGraph("urn:record-extra"));
        }
        assertEquals(before, voidTriples());
    }

    private static long voidTriples() throws Exception {
        Graph v = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        Node ds = uri(url("/.well-known/void").toString() + "#dataset");
        return Long.parseLong(v.find(ds, uri(VoidDescription.VOID + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static long quadCount() {
        return store.read(() -> (long) store.datasetGraph().stream().count());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).lang(lang).parse(g);
        return g;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + server.getHttpPort() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
