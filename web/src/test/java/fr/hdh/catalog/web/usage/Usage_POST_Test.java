package fr.hdh.catalog.web.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The usage API over real HTTP: a curator adds projects, a producer adds publications from BibTeX, RIS
 * and Crossref JSON, each visible at once in the lists, the reuse counts, the ranking and search; a reader
 * or no token is refused; a malformed file is refused naming its line and nothing is written. Projects
 * and publications here are fixtures (test.example, DOI prefix 10.5555), not real ones.
 */
class Usage_POST_Test {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-usage-tests-0123";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static Catalog catalog;
    static CatalogServer server;
    static String producer;
    static String reader;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        catalog.records().putAll(List.of(dataset("pmsi-mco"), dataset("snds-dcir"), dataset("snds-egb")), Progress.NONE);
        producer = catalog.accounts().add(new User("atih", Role.PRODUCER, Set.of(BASE + "producer/atih")), "test").token();
        reader = catalog.accounts().add(new User("curious", Role.READER, Set.of()), "test").token();
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog), new UsageWebModule(catalog, Optional.of(ADMIN))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void aProjectAddedIsListedCountedAndSearchableAtOnceThenWithdrawn() throws Exception {
        String project = """
                {"id": "http-p1", "title": {"fr": "Parcours après un infarctus", "en": "Pathways after infarction"},
                 "purpose": {"fr": "Décrire les parcours"}, "legalBasis": "Intérêt public",
                 "sponsor": {"name": "Institut fictif", "type": "public"},
                 "requestedDatasets": ["pmsi-mco", "snds-dcir"], "usedDatasets": ["pmsi-mco"],
                 "status": "authorised", "dateSubmitted": "2020-06-01", "dateAccepted": "2020-11-15",
                 "involvesLinkage": true, "results": ["https://test.example/results"]}""";
        assertEquals(401, send("POST", "/api/projects", null, "application/json", project).statusCode());
        HttpResponse<String> refused = send("POST", "/api/projects", producer, "application/json", project);
        assertEquals(403, refused.statusCode(), refused.body());
        HttpResponse<String> created = send("POST", "/api/projects", ADMIN, "application/json", project);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/projects/http-p1"));

        JsonNode read = JSON.readTree(get("/api/projects/http-p1").body());
        assertEquals("authorised", read.get("status").asText());
        assertEquals("public", read.get("sponsor").get("type").asText());
        assertEquals(BASE + "dataset/pmsi-mco", read.get("usedDatasets").get(0).asText());
        JsonNode reuse = JSON.readTree(get("/api/reuse?dataset=snds-dcir").body());
        assertEquals(1, reuse.get("projects").asInt(), "a requested dataset counts too");
        assertEquals(2020, reuse.get("byYear").get(0).get("year").asInt());
        JsonNode search = JSON.readTree(get("/api/search?q=infarctus&kind=project").body());
        assertEquals(BASE + "project/http-p1", search.get("hits").get(0).get("iri").asText());

        String changed = project.replace("\"authorised\"", "\"running\"");
        HttpResponse<String> put = send("PUT", "/api/projects/http-p1", ADMIN, "application/json", changed);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("running", JSON.readTree(put.body()).get("status").asText());

        assertEquals(204, send("DELETE", "/api/projects/http-p1", ADMIN, null, null).statusCode());
        assertEquals(404, get("/api/projects/http-p1").statusCode());
        assertEquals(0, JSON.readTree(get("/api/reuse?dataset=snds-dcir").body()).get("projects").asInt());
    }

    @Test
    void publicationsFromThreeFormatsMergeByDoiAndRankTheirDatasets() throws Exception {
        String bib = "@article{a, title={Fixture one}, author={Martin, Anne and Doe, Jane}, journal={J Fixtures},"
                + " year=2021, doi={https://doi.org/10.5555/USAGE.1}, datasets={snds-egb}}";
        HttpResponse<String> fromBib = send("POST", "/api/publications", producer, "application/x-bibtex", bib);
        assertEquals(201, fromBib.statusCode(), fromBib.body());
        String ris = "TY  - JOUR\nTI  - Fixture one\nDO  - 10.5555/usage.1\nPY  - 2021\nER  - \n"
                + "TY  - JOUR\nTI  - Fixture two\nDO  - 10.5555/usage.2\nPY  - 2022\nER  - \n";
        HttpResponse<String> fromRis = send("POST", "/api/publications?dataset=pmsi-mco", producer,
                "application/x-research-info-systems", ris);
        assertEquals(201, fromRis.statusCode(), fromRis.body());
        String crossref = "{\"message-type\":\"work\",\"message\":{\"DOI\":\"10.5555/usage.3\",\"title\":[\"Fixture three\"],"
                + "\"issued\":{\"date-parts\":[[2023]]}}}";
        assertEquals(201, send("POST", "/api/publications?dataset=snds-egb", producer, "application/vnd.crossref+json",
                crossref).statusCode());

        JsonNode one = JSON.readTree(get("/api/publications?doi=doi:10.5555/Usage.1").body()).get("publications").get(0);
        assertEquals("https://doi.org/10.5555/usage.1", one.get("link").asText());
        assertEquals(2, one.get("datasets").size(), "the BibTeX and RIS entries of one DOI are one publication");
        assertEquals(List.of("Martin, Anne", "Doe, Jane"), JSON.convertValue(one.get("authors"), List.class));

        JsonNode ranking = JSON.readTree(get("/api/reuse/ranking?limit=2").body()).get("datasets");
        assertEquals(BASE + "dataset/pmsi-mco", ranking.get(0).get("dataset").asText());
        assertEquals(2, ranking.get(0).get("publications").asInt());
        assertEquals(BASE + "dataset/snds-egb", ranking.get(1).get("dataset").asText());
        assertEquals(2, ranking.get(1).get("total").asInt());
        JsonNode byYear = JSON.readTree(get("/api/reuse?dataset=" + BASE + "dataset/pmsi-mco").body()).get("byYear");
        assertEquals(2, byYear.size());
        JsonNode search = JSON.readTree(get("/api/search?q=Martin&kind=publication").body());
        assertEquals("https://doi.org/10.5555/usage.1", search.get("hits").get(0).get("iri").asText());
    }

    @Test
    void malformedOrWrongInputIsRefusedNamingWhereAndNothingIsWritten() throws Exception {
        long before = catalog.store().read(() -> (long) catalog.store().recordNames().size());
        String bib = "@article{ok, title={Good}, doi={10.5555/bad.0}}\n@article{broken,\n title = {unclosed\n";
        HttpResponse<String> r = send("POST", "/api/publications", producer, "application/x-bibtex", bib);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 3: unbalanced braces") && r.headers().firstValue("Content-Type").orElse("").contains("problem+json"), r.body());
        String csv = "doi,title,datasets\n10.5555/bad.1,Good,pmsi-mco\n10.5555/bad.2,Bad,no-such-dataset\n";
        HttpResponse<String> unknown = send("POST", "/api/publications", producer, "text/csv", csv);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("line 3: datasets[0]") && unknown.body().contains("no-such-dataset"), unknown.body());
        HttpResponse<String> type = send("POST", "/api/publications", producer, "application/pdf", "%PDF");
        assertEquals(415, type.statusCode());
        assertTrue(type.body().contains("application/x-bibtex"), type.body());
        assertEquals(403, send("POST", "/api/publications", reader, "text/csv", csv).statusCode());
        HttpResponse<String> badStatus = send("POST", "/api/projects", ADMIN, "text/csv",
                "id,title_fr,status\nx1,Projet,almost\n");
        assertEquals(400, badStatus.statusCode());
        assertTrue(badStatus.body().contains("line 2: status"), badStatus.body());
        assertEquals(before, (long) catalog.store().read(() -> catalog.store().recordNames().size()));
        assertEquals(400, get("/api/reuse/ranking?limit=1000").statusCode());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, null);
    }

    private static HttpResponse<String> send(String method, String path, String token, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static CatalogRecord dataset(String id) {
        String iri = BASE + "dataset/" + id;
        Node d = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Jeu " + id, "fr"));
        g.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Jeu de test " + id, "fr"));
        return new CatalogRecord(iri, RecordKind.DATASET, g, new RecordSource("urn:test", "test"));
    }
}
