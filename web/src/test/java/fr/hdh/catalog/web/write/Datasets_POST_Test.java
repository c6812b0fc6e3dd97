package fr.hdh.catalog.web.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The producers' write API over real HTTP, as the contract states it: an admin makes a producer, the
 * producer posts a draft (invisible in {@code /catalog}), submits it, a curator publishes it, the producer
 * updates it with {@code If-Match}, and history, diff and restore tell and undo what changed. Refusals
 * along the way: 401 without or with a forged token, 403 for another organisation's producer, 400 for
 * RDF/XML with an external entity, 428 without {@code If-Match}, 412 when stale.
 */
class Datasets_POST_Test {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-tests-0123456789";
    static final String ATIH = BASE + "producer/atih";
    static final String DREES = BASE + "producer/drees";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static Catalog catalog;
    static CatalogServer server;

    @BeforeAll
    static void start() throws Exception {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        catalog.records().putAll(fr.hdh.catalog.core.record.WorkflowFixtures.read("producers.ttl"), Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new DcatWebModule(catalog), new WriteWebModule(catalog, Optional.of(ADMIN))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void theContractFromDraftToRestore() throws Exception {
        String producer = token(user("atih-editor", "producer", ATIH));
        String other = token(user("drees-editor", "producer", DREES));
        String curator = token(user("curator", "curator", null));
        String turtle = resource("/workflow/dataset.ttl");
        String catalogBefore = catalogTurtle();

        assertEquals(401, post("/api/datasets", null, "text/turtle", turtle).statusCode());
        HttpResponse<String> forged = post("/api/datasets", "hdh_forged", "text/turtle", turtle);
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> foreign = post("/api/datasets", other, "text/turtle", turtle);
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("drees-editor"), foreign.body());

        HttpResponse<String> created = post("/api/datasets", producer, "text/turtle", turtle);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/datasets/hospital-stays"), location);
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
        assertEquals("draft", JSON.readTree(created.body()).get("state").asText());
        assertEquals(catalogBefore, catalogTurtle(), "a draft does not change /catalog");

        String api = "/api/datasets/hospital-stays";
        assertEquals(403, post(api + "/publish", producer, null, "").statusCode(), "a producer does not publish");
        assertEquals(200, post(api + "/submit", producer, null, "").statusCode());
        assertEquals(catalogBefore, catalogTurtle(), "a submitted version does not change /catalog");
        HttpResponse<String> published = post(api + "/publish", curator, null, "");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(catalogTurtle().contains("hospital-stays"), "published: /catalog lists it");

        HttpResponse<String> read = send(HttpRequest.newBuilder(url(api)).header("Authorization", "Bearer " + producer).GET());
        assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow());
        String edited = read.body().replace("Séjours hospitaliers", "Séjours à l'hôpital");
        assertEquals(428, put(api, producer, null, edited).statusCode());
        HttpResponse<String> v2 = put(api, producer, read.headers().firstValue("ETag").orElseThrow(), edited);
        assertEquals(200, v2.statusCode(), v2.body());
        assertEquals(2, JSON.readTree(v2.body()).get("version").asInt());
        assertEquals(412, put(api, producer, "\"1\"", edited).statusCode());

        JsonNode history = JSON.readTree(get(api + "/history", producer).body());
        assertEquals(2, history.size());
        assertEquals("published", history.get(0).get("state").asText());
        assertEquals("draft", history.get(1).get("state").asText());
        String diff = get(api + "/diff?from=1&to=2", producer).body();
        assertTrue(diff.contains("http://purl.org/dc/terms/title"), diff);
        assertFalse(diff.contains("description"), diff);

        HttpResponse<String> restored = post(api + "/restore?version=1", producer, null, "");
        assertEquals(3, JSON.readTree(restored.body()).get("version").asInt(), restored.body());
        assertTrue(graph(get(api + "/versions/3", producer).body()).isIsomorphicWith(graph(get(api + "/versions/1", producer).body())));
    }

    @Test
    void aPlainJsonFormMakesADraftAndABadOneNamesEachField() throws Exception {
        String producer = token(user("form-editor", "producer", ATIH));
        String form = """
                {"id": "stays-by-region", "title": {"fr": "Séjours par région", "en": "Stays by region"},
                 "description": {"fr": "Séjours hospitaliers par région."}, "publisher": "%s",
                 "contactPoint": {"email": "donnees@example.org"}, "keywords": {"fr": ["hôpital"]},
                 "accessRights": "PUBLIC", "temporal": {"start": "2015-01-01"},
                 "distributions": [{"accessURL": "https://example.org/stays", "format": "CSV", "mediaType": "text/csv"}]}
                """.formatted(ATIH);
        HttpResponse<String> created = post("/api/datasets", producer, "application/json", form);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/datasets/stays-by-region"));
        String turtle = get("/api/datasets/stays-by-region", producer).body();
        assertTrue(turtle.contains("Séjours par région") && turtle.contains("mailto:donnees@example.org"), turtle);

        HttpResponse<String> bad = post("/api/datasets", producer, "application/json",
                "{\"id\": \"bad-form\", \"title\": {\"fr\": \"x\"}, \"accessRights\": \"some text\", "
                        + "\"temporal\": {\"start\": \"31/12/2010\"}}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertEquals(2, errors.size(), bad.body());
        assertEquals("accessRights", errors.get(0).get("field").asText());
        assertEquals("temporal.start", errors.get(1).get("field").asText());
        assertEquals(400, post("/api/datasets", producer, "application/json", "{\"id\": \"x\", \"unknown\": 1}").statusCode());
        assertEquals(404, get("/api/datasets/bad-form/history", producer).statusCode());
    }

    @Test
    void rdfXmlWithAnExternalEntityIsRefusedAndNothingIsWritten() throws Exception {
        String producer = token(user("xxe-tester", "producer", ATIH));
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/"
                         xmlns:dcat="http://www.w3.org/ns/dcat#">
                  <dcat:Dataset rdf:about="http://test.example/dataset/xxe"><dct:title>&xxe;</dct:title></dcat:Dataset>
                </rdf:RDF>
                """;
        HttpResponse<String> r = post("/api/datasets", producer, "application/rdf+xml", xml);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("DOCTYPE"), r.body());
        assertEquals(404, get("/api/datasets/xxe/history", producer).statusCode());
    }

    @Test
    void aMalformedBodyIs400NamingTheLineAndAnUnknownTypeIs415() throws Exception {
        String producer = token(user("syntax-tester", "producer", ATIH));
        HttpResponse<String> broken = post("/api/datasets", producer, "text/turtle", "<http://x/a> <http://x/b> .\n");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("line 1"), broken.body());
        assertEquals(415, post("/api/datasets", producer, "text/csv", "a,b").statusCode());
    }

    private static JsonNode user(String name, String role, String organisation) throws Exception {
        String body = organisation == null ? "{\"name\":\"%s\",\"role\":\"%s\"}".formatted(name, role)
                : "{\"name\":\"%s\",\"role\":\"%s\",\"organisations\":[\"%s\"]}".formatted(name, role, organisation);
        HttpResponse<String> r = post("/api/users", ADMIN, "application/json", body);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String token(JsonNode user) {
        return user.get("token").asText();
    }

    private static String catalogTurtle() throws Exception {
        return send(HttpRequest.newBuilder(url("/catalog")).header("Accept", "text/turtle").GET()).body()
                .replaceAll("(?m)^.*(modified|issued|ETag).*$", "");
    }

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = Datasets_POST_Test.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + token).GET());
    }

    private static HttpResponse<String> post(String path, String token, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return send(b);
    }

    private static HttpResponse<String> put(String path, String token, String ifMatch, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/turtle");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
