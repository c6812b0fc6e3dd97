package fr.hdh.catalog.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** package_search paged with rows/start from a local CKAN stand-in, mapped the ckanext-dcat way. */
class CkanHarvesterTest {
    HttpServer server;
    String site;
    final List<String> requests = new ArrayList<>();
    final CollectedRecords sink = new CollectedRecords();
    final List<CatalogRecord> records = sink.records;
    final List<String> rejected = sink.rejected;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/3/action/package_search", ex -> {
            String query = ex.getRequestURI().getQuery();
            requests.add(query);
            String page = query.contains("start=0") ? "page1" : "page2";
            byte[] body;
            try (InputStream in = getClass().getResourceAsStream("/ckan/package_search-" + page + ".json")) {
                body = in.readAllBytes();
            }
            ex.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEveryPageAndRejectsThePackageWithoutTitle() {
        harvest();

        assertEquals(List.of("rows=100&start=0", "rows=100&start=2"), requests);
        assertEquals(2, records.size());
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).startsWith("package sans-titre"), rejected.toString());
    }

    @Test
    void mapsAPackageTheWayCkanextDcatDoes() {
        harvest();
        CatalogRecord drees = records.get(0);
        Graph g = drees.content();
        Node d = NodeFactory.createURI(site + "/dataset/1f0e6b2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
        assertEquals(d.getURI(), drees.iri());
        assertTrue(g.contains(d, DCTerms.title.asNode(), NodeFactory.createLiteralString("Démographie des professionnels de santé")));
        assertTrue(g.contains(d, DCTerms.description.asNode(), Node.ANY));
        assertEquals(3, g.find(d, DCAT.keyword.asNode(), Node.ANY).toList().size());
        assertTrue(g.contains(d, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT("2024-03-18T14:05:09.551240", XSDDatatype.XSDdateTime)));
        Node org = NodeFactory.createURI(site + "/organization/6a1c2b3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d");
        assertTrue(g.contains(d, DCTerms.publisher.asNode(), org));
        assertTrue(g.contains(org, FOAF.name.asNode(), Node.ANY));
        Node csv = NodeFactory.createURI(site + "/dataset/1f0e6b2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b/resource/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
        assertTrue(g.contains(d, DCAT.distribution.asNode(), csv));
        assertTrue(g.contains(csv, DCAT.accessURL.asNode(), Node.ANY));
        assertTrue(g.contains(csv, DCTerms.format.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/CSV")));
        assertTrue(g.contains(csv, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT("2483311", XSDDatatype.XSDdecimal)));
        assertTrue(g.contains(csv, DCTerms.license.asNode(), NodeFactory.createURI("https://www.etalab.gouv.fr/licence-ouverte-open-licence")));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail"),
                NodeFactory.createURI("mailto:drees-professions@sante.gouv.fr")));
    }

    @Test
    void usesTheUriExtraAndTheDownloadUrl() {
        harvest();
        CatalogRecord finess = records.get(1);
        assertEquals("https://data.example.org/id/dataset/finess", finess.iri());
        Graph g = finess.content();
        assertTrue(g.contains(Node.ANY, DCAT.downloadURL.asNode(),
                NodeFactory.createURI("https://static.example.org/finess/etalab-cs1100507-stock.csv")));
        assertTrue(g.contains(Node.ANY, DCAT.accessURL.asNode(),
                NodeFactory.createURI("https://static.example.org/finess/etalab-cs1100507-stock.csv")),
                "the download URL serves as the access URL DCAT-AP requires");
    }

    @Test
    void theSiteIsTheLocationUpToTheApi() {
        assertEquals("https://demo.ckan.org", CkanHarvester.siteOf("https://demo.ckan.org/"));
        assertEquals("https://x.org/data", CkanHarvester.siteOf("https://x.org/data/api/3/action/package_search?q=sante"));
    }

    private void harvest() {
        HarvestContext context = new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"),
                new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1"))));
        new CkanHarvester().harvest(new HarvestSource("ckan", SourceType.CKAN, site, Optional.empty(), Set.of()), context, sink);
    }
}
