package fr.hdh.catalog.web.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.vocab.mapping.MappingSets;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The server the vocabulary tests run against: an in-memory catalogue under {@value #BASE} holding a slice
 * of the CIM-10 list MS_CIM_V (I21 above I210, C64), the PMSI MCO dataset's DGN_PAL coded with it, and an
 * SSSOM set mapping I21 to SNOMED CT, the list and the set written through the writer; served on port 0 with the
 * dereferencing of IRIs, search and the vocabulary module.
 */
final class VocabularyServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String SCHEME = BASE + "vocabulary/snds/MS_CIM_V";
    static final String I21 = SCHEME + "/I21";
    static final String I210 = SCHEME + "/I210";
    static final String DGN_PAL = BASE + "dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL";
    static final String SET = BASE + "mapping-set/cim10-snomed";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Catalog catalog;
    private final CatalogServer server;

    private VocabularyServer(Catalog catalog, CatalogServer server) {
        this.catalog = catalog;
        this.server = server;
    }

    static VocabularyServer start() {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        RecordSource source = new RecordSource("urn:test:vocabulary", "tester");
        restore(catalog, BASE + "dataset/pmsi-mco", turtle("/vocabulary/pmsi-mco.ttl"), source);
        catalog.records().put(new CatalogRecord(SCHEME, RecordKind.VOCABULARY, turtle("/vocabulary/ms-cim-v.ttl"), source));
        new MappingSets(catalog).put(SssomTsvReader.read("cim10-snomed.sssom.tsv", resource("/vocabulary/cim10-snomed.sssom.tsv")),
                source);
        Readiness readiness = new Readiness();
        readiness.ready();
        CatalogServer server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new DcatWebModule(catalog), new SearchWebModule(catalog), new VocabularyWebModule(catalog)));
        return new VocabularyServer(catalog, server);
    }

    /**
     * The dataset, cut down to one variable, is far from a valid DCAT-AP record: it is loaded as the search
     * tests load their fixture, straight into the store with its provenance, before anything else is written.
     */
    private static void restore(Catalog catalog, String iri, org.apache.jena.graph.Graph content, RecordSource source) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(g::add);
        fr.hdh.catalog.core.record.RecordProvenance.add(g, iri, source, org.apache.jena.graph.NodeFactory.createURI(BASE + "agent/tester"),
                fr.hdh.catalog.core.record.ContentHash.of(content), java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                fr.hdh.catalog.core.record.RecordProvenance.STATUS_COMPLETED);
        org.apache.jena.sparql.core.DatasetGraph stored = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        stored.addGraph(org.apache.jena.graph.NodeFactory.createURI(iri), g);
        catalog.records().restore(stored, fr.hdh.catalog.core.Progress.NONE);
        catalog.search().synchronize(fr.hdh.catalog.core.Progress.NONE);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            catalog.close();
        }
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    private static org.apache.jena.graph.Graph turtle(String path) {
        return RDFParser.fromString(resource(path), Lang.TURTLE).toGraph();
    }

    static String resource(String path) {
        try (InputStream in = VocabularyServer.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
