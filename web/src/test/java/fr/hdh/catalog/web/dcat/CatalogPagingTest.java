package fr.hdh.catalog.web.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /catalog} as a harvester and a browser use it: paging, filters, validators, negotiation, refusals. */
class CatalogPagingTest {
    private static final Node NEXT = NodeFactory.createURI(Hydra.NS + "next");
    private static final Node PREVIOUS = NodeFactory.createURI(Hydra.NS + "previous");
    private static final Node LAST = NodeFactory.createURI(Hydra.NS + "last");
    private static DemoServer demo;
    private static Node catalog;

    @BeforeAll
    static void loadDemo() {
        demo = DemoServer.get();
        catalog = NodeFactory.createURI(demo.catalog.iris().catalog());
    }

    @Test
    void catalog_GET_pagePastTheEndIsEmptyWithHydraLinksBack() {
        HttpResponse<String> r = demo.get("/catalog?page=999&pageSize=10", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph page = CatalogConformanceTest.parse(r.body(), Lang.TURTLE);
        assertFalse(page.contains(catalog, DCAT.dataset.asNode(), Node.ANY));
        assertFalse(page.contains(Node.ANY, NEXT, Node.ANY));
        Node last = page.find(Node.ANY, LAST, Node.ANY).next().getObject();
        assertEquals(last, page.find(Node.ANY, PREVIOUS, Node.ANY).next().getObject(), "previous leads back to the last page");
    }

    @Test
    void catalog_GET_oversizedPageSizeIsCappedAndSaysSo() {
        HttpResponse<String> r = demo.get("/catalog?pageSize=50000&format=ttl", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Warning").orElse("").contains("capped to 1000"), r.headers().toString());
        assertTrue(r.body().contains("capped to 1000"), "the Hydra view says it too");
        assertTrue(r.body().contains("pageSize=1000"), "links carry the size used");
    }

    @Test
    void catalog_GET_modifiedSinceKeepsOnlyLaterChanges() {
        HttpResponse<String> future = demo.get("/catalog?modifiedSince=2999-01-01", "text/turtle");
        assertEquals(200, future.statusCode());
        assertFalse(CatalogConformanceTest.parse(future.body(), Lang.TURTLE).contains(catalog, DCAT.dataset.asNode(), Node.ANY));
        HttpResponse<String> past = demo.get("/catalog?modifiedSince=2000-01-01T00:00:00Z&pageSize=5", "text/turtle");
        assertEquals(5, CatalogConformanceTest.parse(past.body(), Lang.TURTLE).find(catalog, DCAT.dataset.asNode(), Node.ANY).toList().size());
        assertTrue(past.body().contains("modifiedSince=2000-01-01T00%3A00%3A00Z"), "the filter stays in the Hydra links");
    }

    @Test
    void catalog_GET_conditionalGetAnswers304WhenNothingChanged() {
        HttpResponse<String> first = demo.get("/catalog?pageSize=5", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("Accept", first.headers().firstValue("Vary").orElse(""));
        assertEquals(304, send("/catalog?pageSize=5", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(304, send("/catalog?pageSize=5", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, send("/catalog?pageSize=5", "application/n-triples", "If-None-Match", etag).statusCode(),
                "another representation has another ETag");
    }

    @Test
    void catalog_GET_browserGetsTheHtmlListWithLocalLinks() {
        HttpResponse<String> r = demo.get("/catalog?pageSize=10", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("href=\"/dataset/"), "dataset links are paths on this server");
        assertTrue(r.body().contains("rel=\"next\""), r.body());
    }

    @Test
    void catalog_GET_badParametersAre400NamingThem() {
        HttpResponse<String> page = demo.get("/catalog?page=0", "text/turtle");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("page"), page.body());
        HttpResponse<String> since = demo.get("/catalog?modifiedSince=yesterday", "text/turtle");
        assertEquals(400, since.statusCode());
        assertTrue(since.body().contains("modifiedSince"), since.body());
        HttpResponse<String> format = demo.get("/catalog?format=pdf", null);
        assertEquals(400, format.statusCode());
        assertTrue(format.body().contains("text/turtle"), format.body());
    }

    @Test
    void catalog_GET_unsupportedAcceptIs406ListingWhatIsSupported() {
        HttpResponse<String> r = demo.get("/catalog", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("application/ld+json") && r.body().contains("text/html"), r.body());
    }

    @Test
    void contextJsonld_GET_publishesTheContextWithHydra() {
        HttpResponse<String> r = demo.get(JsonLdContext.PATH, null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"dcat\"") && r.body().contains("\"hydra\""), r.body());
    }

    private static HttpResponse<String> send(String path, String accept, String header, String value) {
        return demo.send(HttpRequest.newBuilder(demo.uri(path)).header("Accept", accept).header(header, value)
                .timeout(Duration.ofSeconds(120)).GET().build());
    }
}
