package fr.hdh.catalog.harvest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.ckan.CkanHarvester;
import fr.hdh.catalog.harvest.dcat.DcatHarvester;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Open samples measured during a harvest, served by a portal on loopback: a real CSV (the first rows
 * of the OMOP CDM 5.4 field table, Apache-2.0, see {@code omop/PROVENANCE.md}) behind a DCAT catalogue
 * and behind a CKAN {@code package_search}. What is fetched is what the portal itself serves under an
 * open licence, or names as {@code adms:sample}; nothing else is asked for.
 */
class OpenSamplesHarvestTest {
    private static final String CSV_RESOURCE = "/omop/OMOP_CDMv5.4_Field_Level_first30.csv";
    private static final Node CHECKSUM = NodeFactory.createURI(SampleDistributions.SPDX + "checksum");
    private static final Node CHECKSUM_VALUE = NodeFactory.createURI(SampleDistributions.SPDX + "checksumValue");

    HttpServer server;
    String base;
    byte[] csv;
    final Map<String, byte[]> pages = new HashMap<>();
    final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    final CollectedRecords sink = new CollectedRecords();

    @BeforeEach
    void serve() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(CSV_RESOURCE)) {
            csv = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            requested.add(path);
            byte[] body = path.endsWith(".csv") ? csv : pages.get(path);
            ex.getResponseHeaders().add("Content-Type", path.endsWith(".csv") ? "text/csv"
                    : path.startsWith("/api/") ? "application/json" : "text/turtle");
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDcatPortalsOpenCsvAndItsAdmsSampleAreMeasuredTheOthersAreNotFetched() {
        pages.put("/catalog", ("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                <https://portal.example/dataset/omop> a dcat:Dataset ; dct:title "OMOP CDM fields"@en ;
                    dct:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> ;
                    dcat:distribution <https://portal.example/d/open>, <https://portal.example/d/nc>, <https://portal.example/d/away> ;
                    adms:sample <https://portal.example/d/sample> .
                <https://portal.example/d/open> a dcat:Distribution ; dct:title "All fields"@en ;
                    dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                    dcat:byteSize "999" ; dcat:downloadURL <BASE/files/open.csv> .
                <https://portal.example/d/nc> a dcat:Distribution ;
                    dct:license <https://creativecommons.org/licenses/by-nc/4.0/> ; dcat:downloadURL <BASE/files/nc.csv> .
                <https://portal.example/d/away> a dcat:Distribution ; dcat:downloadURL <http://elsewhere.invalid/away.csv> .
                <https://portal.example/d/sample> a dcat:Distribution ; dcat:accessURL <BASE/files/sample.csv> .
                """).replace("BASE", base).getBytes(StandardCharsets.UTF_8));

        new DcatHarvester().harvest(source(SourceType.DCAT, base + "/catalog"), context(), sink);

        Graph g = sink.only().content();
        assertMeasured(g, NodeFactory.createURI("https://portal.example/d/open"));
        assertMeasured(g, NodeFactory.createURI("https://portal.example/d/sample"));
        assertFalse(g.contains(NodeFactory.createURI("https://portal.example/d/nc"), CHECKSUM, Node.ANY), "a non-commercial licence is not open");
        assertTrue(g.contains(NodeFactory.createURI("https://portal.example/d/open"), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("All fields", "en")), "the publisher's words are kept");
        assertEquals(Set.of("/catalog", "/files/open.csv", "/files/sample.csv"), Set.copyOf(requested));
    }

    @Test
    void aCkanPortalsCsvResourceUnderLicenceOuverteIsMeasured() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/ckan/package_search-page1.json")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String drees = "https://data.drees.solidarites-sante.gouv.fr/api/explore/v2.1/catalog/datasets/demographie-ps/exports/csv";
        assertTrue(page.contains(drees), "the fixture names this CSV export");
        pages.put("/api/3/action/package_search?rows=100&start=0",
                page.replace(drees, base + "/exports/demographie-ps.csv").replace("\"count\": 3", "\"count\": 2")
                        .getBytes(StandardCharsets.UTF_8));

        new CkanHarvester().harvest(source(SourceType.CKAN, base), context(), sink);

        CatalogRecord dataset = sink.records.stream().filter(r -> r.content().contains(Node.ANY, CHECKSUM, Node.ANY))
                .findFirst().orElseThrow(() -> new AssertionError("nothing measured; asked " + requested));
        Node distribution = dataset.content().find(Node.ANY, CHECKSUM, Node.ANY).next().getSubject();
        assertMeasured(dataset.content(), distribution);
        assertTrue(requested.contains("/exports/demographie-ps.csv"), requested.toString());
    }

    private void assertMeasured(Graph g, Node distribution) {
        assertTrue(g.contains(distribution, DCAT.byteSize.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(csv.length), XSDDatatype.XSDdecimal)), "measured size");
        assertEquals(1, g.find(distribution, DCAT.byteSize.asNode(), Node.ANY).toList().size(), "the source's size is replaced");
        Node checksum = g.find(distribution, CHECKSUM, Node.ANY).next().getObject();
        assertTrue(g.contains(checksum, CHECKSUM_VALUE, NodeFactory.createLiteralDT(sha256(csv), XSDDatatype.XSDhexBinary)));
        String header = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow().replace("\uFEFF", "");
        String preview = g.find(distribution, RDFS.comment.asNode(), Node.ANY).mapWith(Triple::getObject)
                .mapWith(Node::getLiteralLexicalForm).next();
        assertTrue(preview.contains(header), preview);
        assertTrue(g.contains(distribution, DCTerms.format.asNode(), SampleDistributions.CSV), "CSV, given or added");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HarvestSource source(SourceType type, String location) {
        return new HarvestSource("samples", type, location, Optional.empty(), Set.of("127.0.0.1"));
    }

    private static HarvestContext context() {
        return new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"),
                new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1")).withRetries(0, java.time.Duration.ZERO)));
    }
}
