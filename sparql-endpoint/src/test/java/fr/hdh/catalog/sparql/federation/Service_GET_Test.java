package fr.hdh.catalog.sparql.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.core.net.LoopbackListener;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import fr.hdh.catalog.sparql.SparqlEndpoint;
import fr.hdh.catalog.sparql.SparqlSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SERVICE} on the public endpoint over real HTTP: an endpoint that is not a configured partner
 * — written in the query, {@code SILENT}, bound to a variable, hidden in {@code EXISTS} or a sub-query —
 * gets a 400 naming it, and a listener at that address sees no connection; a configured partner (a real
 * Fuseki on loopback, allow-listed) is joined with our data through the one door.
 */
class Service_GET_Test {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DCAT_DATASET = "http://www.w3.org/ns/dcat#Dataset";

    private static CatalogStore store;
    private static FusekiServer partner;
    private static final AtomicInteger partnerRequests = new AtomicInteger();
    private static String partnerEndpoint;
    private static LoopbackListener unlisted;
    private FusekiServer ours;
    private HttpFetcher door;

    @BeforeAll
    static void startPartner() throws IOException {
        store = CatalogStore.inMemory();
        StoreWriter writer = store.writer();
        writer.write(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("urn:ds:snds"), NodeFactory.createURI("http://purl.org/dc/terms/identifier"),
                    NodeFactory.createLiteralString("SNDS"));
            g.add(NodeFactory.createURI("urn:ds:snds"), NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI(DCAT_DATASET));
            writer.replaceRecordGraph("urn:ds:snds", g);
        });
        DatasetGraph partnerData = DatasetGraphFactory.createTxnMem();
        partnerData.getDefaultGraph().add(NodeFactory.createURI("urn:partner:cohort"),
                NodeFactory.createURI("http://purl.org/dc/terms/relation"), NodeFactory.createLiteralString("SNDS"));
        partner = FusekiServer.create().port(0).loopback(true).verbose(false)
                .addFilter("/*", (req, resp, chain) -> {
                    partnerRequests.incrementAndGet();
                    chain.doFilter(req, resp);
                })
                .add("/sparql", partnerData, false).build().start();
        partnerEndpoint = "http://127.0.0.1:" + partner.getHttpPort() + "/sparql";
        unlisted = new LoopbackListener();
    }

    @AfterAll
    static void stopPartner() throws IOException {
        partner.stop();
        unlisted.close();
        store.close();
    }

    @BeforeEach
    void resetCounts() {
        partnerRequests.set(0);
    }

    @AfterEach
    void stopOurs() {
        if (ours != null) {
            ours.stop();
            door.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <%s> { ?s ?p ?o } }",
            "SELECT * WHERE { BIND(<%s> AS ?endpoint) SERVICE ?endpoint { ?s ?p ?o } }",
            "SELECT * WHERE { VALUES ?endpoint { <%s> } SERVICE SILENT ?endpoint { ?s ?p ?o } }",
            "SELECT * WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> FILTER EXISTS { SERVICE SILENT <%s> { ?s ?p ?o } } }",
            "SELECT * WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> FILTER NOT EXISTS { BIND(<%s> AS ?e) SERVICE ?e { ?s ?p ?o } } }",
            "SELECT (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?x) WHERE { }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <%s> { ?s ?p ?o } } LIMIT 1 } }",
            "ASK { SERVICE <%s> { ?s ?p ?o } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }"})
    void anEndpointThatIsNotAPartnerIs400AndGetsNoConnection(String template) throws Exception {
        startOurs(List.of(partnerEndpoint), Set.of("127.0.0.1"));
        String endpoint = "http://127.0.0.1:" + unlisted.port() + "/sparql";
        HttpResponse<String> r = query(template.formatted(endpoint));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE <" + endpoint + "> is refused"), r.body());
        assertTrue(r.body().contains(partnerEndpoint), "the refusal says what is allowed: " + r.body());
        assertEquals(0, unlisted.connections());
    }

    @Test
    void withNoPartnerConfiguredEveryServiceIsRefused() throws Exception {
        startOurs(List.of(), Set.of());
        HttpResponse<String> r = query("SELECT * WHERE { BIND(<" + partnerEndpoint + "> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("(none)"), r.body());
        assertEquals(0, partnerRequests.get());
    }

    @Test
    void aPartnerIsJoinedWithOurDatasets() throws Exception {
        startOurs(List.of(partnerEndpoint), Set.of("127.0.0.1"));
        HttpResponse<String> r = query("""
                SELECT ?dataset ?cohort WHERE {
                  ?dataset a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/identifier> ?id .
                  SERVICE <%s> { ?cohort <http://purl.org/dc/terms/relation> ?id }
                }""".formatted(partnerEndpoint));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("urn:ds:snds") && r.body().contains("urn:partner:cohort"), r.body());
        assertTrue(partnerRequests.get() >= 1);
    }

    @Test
    void aPartnerOnAPrivateAddressStillNeedsItsHostAllowListed() throws Exception {
        startOurs(List.of(partnerEndpoint), Set.of());
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <" + partnerEndpoint + "> { ?s ?p ?o } }");
        assertEquals(502, r.statusCode(), r.body());
        assertTrue(r.body().contains("non-public address 127.0.0.1"), r.body());
        assertEquals(0, partnerRequests.get());
    }

    @Test
    void aSilentCallToAFailingPartnerKeepsOurRows() throws Exception {
        startOurs(List.of(partnerEndpoint), Set.of());
        HttpResponse<String> r = query("SELECT ?d WHERE { ?d a <" + DCAT_DATASET + "> SERVICE SILENT <" + partnerEndpoint
                + "> { ?s ?p ?o } }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("urn:ds:snds"), r.body());
    }

    private void startOurs(List<String> partners, Set<String> allowedHosts) {
        door = new HttpFetcher(FetchPolicy.defaults().allowing(allowedHosts).withRetries(0, Duration.ZERO));
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).verbose(false);
        new SparqlEndpoint(store.datasetGraph(), new SparqlSettings(Duration.ofSeconds(5), 100, PartnerEndpoints.of(partners)),
                store::version, door).addTo(builder);
        ours = builder.build().start();
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        URI uri = URI.create("http://localhost:" + ours.getHttpPort() + "/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json, text/turtle").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
