package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.RawHttp;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.server.RequestBodyLimit;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/harvest} over HTTP on the real server: runs listed as JSON, admin endpoints behind a bearer token. */
class HarvestApiTest {
    private static final String TOKEN = "test-admin-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Catalog catalog;
    static CatalogServer server;
    static CatalogServer serverWithoutToken;
    static CatalogServer serverWithoutFiles;
    static Path files;
    static Path portal;

    @BeforeAll
    static void start() throws IOException {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup());
        files = dir.resolve("harvest-files");
        portal = files.resolve("portal");
        Files.createDirectories(portal);
        for (String f : new String[] {"healthdcat-ap-r8-example.ttl", "dcat-ap-2.1.1-example1.nt", "dcat-ap-2.1.1-example1-undescribed.nt"}) {
            try (InputStream in = HarvestApiTest.class.getResourceAsStream("/harvest/" + f)) {
                Files.copy(in, portal.resolve(f));
            }
        }
        CatalogServer.ServerSettings settings = new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5));
        server = CatalogServer.start(catalog, settings, new Readiness(),
                List.of(new HarvestWebModule(catalog, HarvestWebSettings.of(dir.resolve("a"), TOKEN).withHarvestFilesDir(files))));
        serverWithoutToken = CatalogServer.start(catalog, settings, new Readiness(),
                List.of(new HarvestWebModule(catalog, HarvestWebSettings.of(dir.resolve("b"), null))));
        serverWithoutFiles = CatalogServer.start(catalog, settings, new Readiness(),
                List.of(new HarvestWebModule(catalog, HarvestWebSettings.of(dir.resolve("c"), TOKEN))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        serverWithoutToken.stop();
        serverWithoutFiles.stop();
        catalog.close();
    }

    @Test
    void harvestSources_POST_takesAnAdministratorsOwnTokenAndRefusesAProducers() throws Exception {
        String admin = catalog.accounts().add(new User("harvest-admin", Role.ADMIN, Set.of()), "test").token();
        String producer = catalog.accounts().add(new User("harvest-producer", Role.PRODUCER,
                Set.of("https://org.example/a")), "test").token();
        String source = "{\"id\":\"by-user\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(portal.toString()) + "}";

        HttpResponse<String> asProducer = send(server, "POST", "/api/harvest/sources", source, "Bearer " + producer);
        HttpResponse<String> asAdmin = send(server, "POST", "/api/harvest/sources", source, "Bearer " + admin);
        HttpResponse<String> adminWithoutServerToken = send(serverWithoutToken, "GET", "/api/harvest/sources", null, "Bearer " + admin);

        assertEquals(403, asProducer.statusCode(), asProducer.body());
        assertTrue(asProducer.body().contains("not an administrator"), asProducer.body());
        assertEquals(201, asAdmin.statusCode(), asAdmin.body());
        assertTrue(adminWithoutServerToken.statusCode() != 401 && adminWithoutServerToken.statusCode() != 403,
                "an administrator's own token works without HDH_ADMIN_TOKEN: " + adminWithoutServerToken.statusCode());
    }

    @Test
    void harvestRuns_GET_listsARunWithItsCountsAndEachRejectionAfterAnAdminAddsAndRunsASource() throws Exception {
        String source = "{\"id\":\"portal\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(portal.toString()) + "}";
        assertEquals(201, send(server, "POST", "/api/harvest/sources", source, "Bearer " + TOKEN).statusCode());
        HttpResponse<String> ran = send(server, "POST", "/api/harvest/sources/portal/run?wait=true", "", "Bearer " + TOKEN);
        assertEquals(200, ran.statusCode(), ran.body());

        HttpResponse<String> runs = send(server, "GET", "/api/harvest/runs?source=portal", null, null);

        assertEquals(200, runs.statusCode());
        JsonNode run = JSON.readTree(runs.body()).get(0);
        assertEquals("COMPLETED", run.get("status").asText());
        assertTrue(run.get("counts").get("added").asLong() >= 1, runs.body());
        assertTrue(run.get("counts").get("rejected").asLong() >= 1, runs.body());
        assertTrue(runs.body().contains("https://myorg.eu/opendata/datasets/2") && runs.body().contains("dct:description"),
                "the rejected dataset and the reason: " + runs.body());
    }

    @Test
    void quality_GET_givesEachSourcesSummaryAndEachDatasetsPointsAsJson() throws Exception {
        String source = "{\"id\":\"scored\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(portal.toString()) + "}";
        assertEquals(201, send(server, "POST", "/api/harvest/sources", source, "Bearer " + TOKEN).statusCode());
        assertEquals(200, send(server, "POST", "/api/harvest/sources/scored/run?wait=true", "", "Bearer " + TOKEN).statusCode());

        HttpResponse<String> all = send(server, "GET", "/api/quality", null, null);
        assertEquals(200, all.statusCode(), all.body());
        // A dataset counts under the source its record is attributed to: "portal" reads the same folder, and
        // whichever of the two wrote the datasets first holds them (the other finds them unchanged).
        JsonNode scored = null;
        for (JsonNode s : JSON.readTree(all.body())) {
            if (List.of("scored", "portal").contains(s.get("sourceId").asText()) && s.get("datasets").asLong() >= 1) {
                scored = s;
            }
        }
        assertTrue(scored != null && scored.get("datasets").asLong() >= 1, all.body());
        long inBands = 0;
        for (JsonNode band : scored.get("bands")) {
            inBands += band.asLong();
        }
        assertEquals(scored.get("datasets").asLong(), inBands, all.body());

        String dataset = "https://myorg.eu/opendata/datasets/1";
        HttpResponse<String> one = send(server, "GET", "/api/quality/dataset?iri=" + dataset, null, null);
        assertEquals(200, one.statusCode(), one.body());
        JsonNode q = JSON.readTree(one.body());
        long points = 0;
        for (JsonNode indicator : q.get("indicators")) {
            points += indicator.get("points").asLong();
            assertTrue(indicator.get("points").asLong() <= indicator.get("maxPoints").asLong(), one.body());
        }
        assertEquals(q.get("score").asLong(), points, "the score is the sum of the indicators' points: " + one.body());
        assertEquals(310, q.get("maxScore").asInt());

        HttpResponse<String> unknown = send(server, "GET", "/api/quality/dataset?iri=https://nowhere.example/d", null, null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("No quality measurement for <https://nowhere.example/d>"), unknown.body());
        assertEquals(400, send(server, "GET", "/api/quality/dataset?iri=%3Cscript%3E", null, null).statusCode());
    }

    @Test
    void harvestSources_POST_withAWrongTokenIs401() throws Exception {
        HttpResponse<String> r = send(server, "POST", "/api/harvest/sources", "{}", "Bearer not-the-token");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, send(server, "DELETE", "/api/harvest/sources/portal", null, null).statusCode());
    }

    @Test
    void harvestSources_POST_withAWrongTokenIs401WhateverTheBodyHolds() throws Exception {
        assertEquals(401, send(server, "POST", "/api/harvest/sources", "{\"id\": [not json", "Bearer not-the-token").statusCode(),
                "a malformed body is not parsed before the token is checked");
        assertEquals(403, send(serverWithoutToken, "POST", "/api/harvest/sources", "{\"id\": [not json", "Bearer " + TOKEN)
                .statusCode());
    }

    @Test
    void harvestSources_POST_withAWrongTokenIs401BeforeABodyIsRead() throws Exception {
        // Only the start of the body is sent and the rest never comes: an answer proves nothing waited for it.
        byte[] start = "[".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
        for (String auth : new String[] {"Authorization: Bearer not-the-token\r\n", ""}) {
            RawHttp.Answer declared = RawHttp.exchange(server.port(), adminPost(auth, "Content-Length: 5000000"), start);
            assertEquals(401, declared.status(), declared.head() + declared.body());
            RawHttp.Answer chunked = RawHttp.exchange(server.port(), adminPost(auth, "Transfer-Encoding: chunked"),
                    RawHttp.chunk(start));
            assertEquals(401, chunked.status(), chunked.head() + chunked.body());
        }
    }

    @Test
    void harvestSources_POST_aBodyPastTheLimitIs413NamingIt() throws Exception {
        String auth = "Authorization: Bearer " + TOKEN + "\r\n";
        // Declared too long: refused before a byte of it is sent.
        RawHttp.Answer declared = RawHttp.exchange(server.port(),
                adminPost(auth, "Content-Length: " + (RequestBodyLimit.DEFAULT_MAX_BYTES + 1)), new byte[0]);
        assertEquals(413, declared.status(), declared.head() + declared.body());
        assertTrue(declared.body().contains(RequestBodyLimit.DEFAULT_MAX_BYTES + " bytes"), declared.body());
        // Chunked: Jersey reads the JSON until the count passes the limit; its own answer to that is replaced.
        byte[] json = ("{\"id\":\"" + "x".repeat((int) RequestBodyLimit.DEFAULT_MAX_BYTES)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer counted = RawHttp.exchange(server.port(), adminPost(auth, "Transfer-Encoding: chunked"), RawHttp.chunk(json));
        assertEquals(413, counted.status(), counted.head() + counted.body());
        assertTrue(counted.body().contains(RequestBodyLimit.DEFAULT_MAX_BYTES + " bytes"), counted.body());
    }

    @Test
    void harvestSources_POST_isForbiddenWhenNoTokenIsConfigured() throws Exception {
        HttpResponse<String> r = send(serverWithoutToken, "POST", "/api/harvest/sources", "{}", "Bearer " + TOKEN);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("no admin token is configured"), r.body());
    }

    @Test
    void harvestSources_POST_namesWhatIsWrongWithABadSource() throws Exception {
        HttpResponse<String> r = send(server, "POST", "/api/harvest/sources",
                "{\"id\":\"x\",\"type\":\"gopher\",\"location\":\"/tmp\"}", "Bearer " + TOKEN);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Unknown source type 'gopher'"), r.body());
    }

    @Test
    void harvestRuns_GET_refusesABadLimitWith400() throws Exception {
        HttpResponse<String> r = send(server, "GET", "/api/harvest/runs?limit=lots", null, null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("limit"), r.body());
    }

    @Test
    void harvestRuns_GET_showsALocalSourceByItsNameAndNoServerFolder() throws Exception {
        Path leaky = files.resolve("leaky");
        Files.createDirectories(leaky);
        try (InputStream in = HarvestApiTest.class.getResourceAsStream("/harvest/dcat-ap-2.1.1-example1.nt")) {
            Files.copy(in, leaky.resolve("good.nt"));
        }
        Files.writeString(leaky.resolve("broken.ttl"), "<a> <b> this is not turtle");
        String source = "{\"id\":\"leaky\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(leaky.toString()) + "}";
        HttpResponse<String> added = send(server, "POST", "/api/harvest/sources", source, "Bearer " + TOKEN);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("leaky", JSON.readTree(added.body()).get("location").asText());
        assertEquals(200, send(server, "POST", "/api/harvest/sources/leaky/run?wait=true", "", "Bearer " + TOKEN).statusCode());

        HttpResponse<String> runs = send(server, "GET", "/api/harvest/runs?source=leaky", null, null);
        JsonNode run = JSON.readTree(runs.body()).get(0);
        assertEquals("leaky", run.get("location").asText());
        assertTrue(runs.body().contains("broken.ttl"), "the rejected file is still named: " + runs.body());
        HttpResponse<String> listed = send(server, "GET", "/api/harvest/sources", null, "Bearer " + TOKEN);
        for (HttpResponse<String> r : List.of(added, runs, listed)) {
            assertFalse(r.body().contains(dir.toString()) || r.body().contains(dir.toRealPath().toString())
                    || r.body().contains("file:/"), "a server folder in " + r.uri() + ": " + r.body());
        }
    }

    @Test
    void harvestRuns_GET_capsTheLimitAt200AndSaysSo() throws Exception {
        Files.createDirectories(files.resolve("many"));
        Files.writeString(files.resolve("many/empty.ttl"), "");
        String source = "{\"id\":\"many\",\"type\":\"dcat\",\"location\":\"many\"}";
        assertEquals(201, send(server, "POST", "/api/harvest/sources", source, "Bearer " + TOKEN).statusCode());
        assertEquals(200, send(server, "POST", "/api/harvest/sources/many/run?wait=true", "", "Bearer " + TOKEN).statusCode());
        copyRuns("many", 205);

        HttpResponse<String> capped = send(server, "GET", "/api/harvest/runs?source=many&limit=100000", null, null);
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals(200, JSON.readTree(capped.body()).size());
        assertTrue(capped.headers().firstValue("Warning").orElse("").contains("limit 100000 capped to 200"),
                capped.headers().toString());
        HttpResponse<String> asked = send(server, "GET", "/api/harvest/runs?source=many&limit=7", null, null);
        assertEquals(7, JSON.readTree(asked.body()).size());
        assertTrue(asked.headers().firstValue("Warning").isEmpty());
        assertEquals(400, send(server, "GET", "/api/harvest/runs?limit=0", null, null).statusCode());
    }

    @Test
    void harvestSources_POST_takesHttpUrlsAndFilesOfTheHarvestFilesFolderOnly() throws Exception {
        Files.writeString(dir.resolve("outside.ttl"), "");
        Files.createSymbolicLink(files.resolve("link-out"), dir);
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("/etc/passwd", "outside the harvest files folder");
        refused.put(dir.resolve("outside.ttl").toString(), "outside the harvest files folder");
        refused.put("../outside.ttl", "outside the harvest files folder");
        refused.put("portal/../../outside.ttl", "outside the harvest files folder");
        refused.put("link-out/outside.ttl", "outside the harvest files folder");
        refused.put("no-such-file.ttl", "No file or folder 'no-such-file.ttl'");
        refused.put("file:///etc/passwd", "'file:' locations are not read");
        refused.put("ftp://example.org/catalog.ttl", "'ftp:' locations are not read");
        refused.put("jar:file:/x.jar!/a", "'jar:' locations are not read");
        refused.put("http:///catalog.ttl", "names no host");
        int n = 0;
        for (var e : refused.entrySet()) {
            String source = "{\"id\":\"refused-" + n++ + "\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(e.getKey()) + "}";
            HttpResponse<String> r = send(server, "POST", "/api/harvest/sources", source, "Bearer " + TOKEN);
            assertEquals(400, r.statusCode(), e.getKey() + ": " + r.body());
            assertTrue(r.body().contains(e.getValue()), e.getKey() + ": " + r.body());
        }

        HttpResponse<String> url = send(server, "POST", "/api/harvest/sources",
                "{\"id\":\"remote\",\"type\":\"ckan\",\"location\":\"HTTPS://data.example.org/\"}", "Bearer " + TOKEN);
        assertEquals(201, url.statusCode(), url.body());
        assertEquals("https://data.example.org/", JSON.readTree(url.body()).get("location").asText());

        HttpResponse<String> noFolder = send(serverWithoutFiles, "POST", "/api/harvest/sources",
                "{\"id\":\"local\",\"type\":\"dcat\",\"location\":" + JSON.writeValueAsString(portal.toString()) + "}",
                "Bearer " + TOKEN);
        assertEquals(400, noFolder.statusCode(), noFolder.body());
        assertTrue(noFolder.body().contains("must be an http(s) URL: this server has no harvest files folder"), noFolder.body());
    }

    /** {@code count} copies of the source's stored run, each a run of its own, a second apart. */
    private static void copyRuns(String sourceId, int count) {
        String runIri = catalog.store().read(() -> {
            try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(catalog.store().datasetGraph())
                    .query("SELECT ?g { GRAPH ?g { ?g <https://w3id.org/hdh-catalog/ns#harvestSource> \"" + sourceId + "\" } }")
                    .build()) {
                return exec.select().next().get("g").getURI();
            }
        });
        org.apache.jena.graph.Graph run = catalog.store().read(() -> catalog.store().recordGraph(runIri).orElseThrow());
        for (int i = 0; i < count; i++) {
            org.apache.jena.graph.Node copy = org.apache.jena.graph.NodeFactory.createURI(runIri + "-copy-" + i);
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            run.find().forEachRemaining(t -> g.add(t.getSubject().isURI() && t.getSubject().getURI().equals(runIri)
                    ? copy : t.getSubject(), t.getPredicate(), t.getObject()));
            catalog.records().replaceDerived(copy.getURI(), g);
        }
    }

    private static String adminPost(String authorization, String length) {
        return "POST /api/harvest/sources HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + authorization
                + length + "\r\n\r\n";
    }

    private static HttpResponse<String> send(CatalogServer s, String method, String path, String body, String auth)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
