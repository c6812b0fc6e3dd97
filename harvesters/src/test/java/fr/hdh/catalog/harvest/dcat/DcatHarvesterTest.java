package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DCAT harvester on real DCAT-AP files: Hydra pages over loopback, the four syntaxes, messy documents. */
class DcatHarvesterTest {
    private static final String HEALTH = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024";
    private static final String POOL = "https://myorg.eu/opendata/datasets/1";
    private static final String BEE_2022 = "https://data.gov.gr/id/dataset/BeePopulation2022";

    @TempDir
    Path folder;
    HttpServer server;
    final CollectedRecords sink = new CollectedRecords();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void followsHydraPagesOverLoopbackAndDropsThePagingTriples() throws IOException {
        String base = serve(Map.of(
                "/catalog", page("portal/dcat-ap-2.1.1-example1.nt", Lang.NTRIPLES, "/catalog?page=2"),
                "/catalog?page=2", page("portal/healthdcat-ap-r8-example.ttl", Lang.TURTLE, "/catalog?page=3"),
                "/catalog?page=3", page("portal/dcat-ap-3.0.1-bee-population-2022-2023.ttl", Lang.TURTLE, null)));

        new DcatHarvester().harvest(source(base + "/catalog"), context(Set.of("127.0.0.1")), sink);

        assertTrue(sink.iris().containsAll(List.of(POOL, HEALTH, BEE_2022)), sink.iris().toString());
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        for (CatalogRecord r : sink.records) {
            assertFalse(r.content().find().toList().stream().anyMatch(t -> t.toString().contains(HydraPaging.NS)),
                    r.iri() + " keeps Hydra triples");
        }
        CatalogRecord pool = sink.record(POOL);
        assertEquals(base + "/catalog", pool.source().uri());
    }

    @Test
    void aPageThatFailsAfterTheFirstIsReportedAndStopsThePaging() throws IOException {
        String base = serve(Map.of(
                "/catalog", page("portal/healthdcat-ap-r8-example.ttl", Lang.TURTLE, "/catalog?page=2"),
                "/catalog?page=2", "@prefix broken".getBytes(StandardCharsets.UTF_8)));

        new DcatHarvester().harvest(source(base + "/catalog"), context(Set.of("127.0.0.1")), sink);

        assertTrue(sink.iris().contains(HEALTH));
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).startsWith("page " + base + "/catalog?page=2"), sink.rejected.toString());
    }

    @Test
    void aFirstPageOnLoopbackIsRefusedWhenTheHostIsNotAllowListed() throws IOException {
        String base = serve(Map.of("/catalog", page("portal/healthdcat-ap-r8-example.ttl", Lang.TURTLE, null)));

        Fetcher.FetchException e = assertThrows(Fetcher.FetchException.class,
                () -> new DcatHarvester().harvest(source(base + "/catalog"), context(Set.of()), sink));
        assertTrue(e.getMessage().contains("non-public address"), e.getMessage());
    }

    @Test
    void readsTurtleRdfXmlNTriplesAndJsonLdWithItsContextThroughTheFetcher() throws IOException {
        Graph health = parse("portal/healthdcat-ap-r8-example.ttl", Lang.TURTLE);
        try (OutputStream out = Files.newOutputStream(folder.resolve("health.rdf"))) {
            RDFDataMgr.write(out, health, Lang.RDFXML);
        }
        copy("portal/dcat-ap-2.1.1-example1.nt", "pool.nt");
        copy("portal/dcat-ap-3.0.1-bee-population-2022-2023.ttl", "bees.ttl");
        copy("jsonld/example-bee-population.jsonld", "bee.jsonld");
        byte[] context = resource("jsonld/context-3.0.0-examples.jsonld");
        Fetcher contexts = (uri, accept) -> {
            if (uri.toString().endsWith("/DCAT-AP/releases/3.0.0/html/examples/context.jsonld")) {
                return new Fetcher.Fetched(uri, "application/ld+json", context);
            }
            throw new Fetcher.FetchException(uri + ": not served in this test", null);
        };
        HarvestContext ctx = new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"), contexts);

        new DcatHarvester().harvest(source(folder.toString()), ctx, sink);

        assertTrue(sink.iris().containsAll(List.of(HEALTH, POOL, BEE_2022, "https://data.gov.gr/id/dataset/BeePopulation")),
                sink.iris() + " " + sink.rejected);
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
    }

    @Test
    void aDocumentThatDoesNotParseIsRejectedByNameAndTheOthersAreRead() throws IOException {
        copy("portal/dcat-ap-3.0.1-bee-population-dataset-series-api.ttl", "series-api.ttl");
        copy("portal/healthdcat-ap-r8-example.ttl", "health.ttl");

        new DcatHarvester().harvest(source(folder.toString()), context(Set.of()), sink);

        assertTrue(sink.iris().contains(HEALTH));
        assertEquals(1, sink.rejected.size(), sink.rejected.toString());
        assertTrue(sink.rejected.get(0).startsWith("document ") && sink.rejected.get(0).contains("series-api.ttl"));
    }

    @Test
    void rdfXmlExternalEntitiesAreNotExpanded() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Files.writeString(folder.resolve("xxe.rdf"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rdf:RDF [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\"\n"
                + "         xmlns:dcat=\"http://www.w3.org/ns/dcat#\">\n"
                + "  <dcat:Dataset rdf:about=\"https://x.example/d\"><dct:title>&leak;</dct:title></dcat:Dataset>\n"
                + "</rdf:RDF>\n");

        new DcatHarvester().harvest(source(folder.resolve("xxe.rdf").toString()), context(Set.of()), sink);

        for (CatalogRecord r : sink.records) {
            StringWriter text = new StringWriter();
            RDFDataMgr.write(text, r.content(), Lang.NTRIPLES);
            assertFalse(text.toString().contains("TOP-SECRET"), text.toString());
        }
        assertTrue(!sink.rejected.isEmpty() || !sink.records.isEmpty());
    }

    @Test
    void aDatasetWithoutAnIriIsReported() throws IOException {
        Files.writeString(folder.resolve("blank.ttl"), "@prefix dcat: <http://www.w3.org/ns/dcat#> . "
                + "@prefix dct: <http://purl.org/dc/terms/> . [] a dcat:Dataset ; dct:title \"Sans IRI\" .");

        new DcatHarvester().harvest(source(folder.toString()), context(Set.of()), sink);

        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).contains("\"Sans IRI\""), sink.rejected.toString());
    }

    private String serve(Map<String, byte[]> pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            byte[] body = pages.get(path);
            ex.getResponseHeaders().add("Content-Type", "text/turtle; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A page: the records of a real file and, when there is a next page, a Hydra view naming it. */
    private byte[] page(String resource, Lang lang, String next) throws IOException {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, parse(resource, lang), Lang.TURTLE);
        if (next != null) {
            turtle.append("\n<?view> a <http://www.w3.org/ns/hydra/core#PartialCollectionView> ;\n")
                    .append("  <http://www.w3.org/ns/hydra/core#next> <").append(next).append("> .\n");
        }
        return turtle.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Graph parse(String resource, Lang lang) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream("/dcat/" + resource)) {
            RDFParser.source(in).lang(lang).parse(g);
        }
        return g;
    }

    private byte[] resource(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dcat/" + resource)) {
            return in.readAllBytes();
        }
    }

    private void copy(String resource, String name) throws IOException {
        Files.write(folder.resolve(name), resource(resource));
    }

    private static HarvestSource source(String location) {
        return new HarvestSource("test", SourceType.DCAT, location, Optional.empty(), Set.of());
    }

    private static HarvestContext context(Set<String> allowed) {
        return new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"),
                new HttpFetcher(FetchPolicy.defaults().allowing(allowed)));
    }
}
