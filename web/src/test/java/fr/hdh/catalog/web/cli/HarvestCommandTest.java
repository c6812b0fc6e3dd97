package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hdh harvest …} as a user types it, on real DCAT-AP files and a store in a temporary folder. */
class HarvestCommandTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> served = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    record Run(int exit, String out, String err) {}

    @Test
    void onceStoresTheValidDatasetsAndListsEachRejectedOneWithItsReason() throws IOException {
        Path portal = portal();
        Path data = dir.resolve("data");

        Run first = run("once", "--type", "dcat", portal.toString(), "--data", data.toString());

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("added "), first.out());
        assertTrue(first.out().contains("rejected https://myorg.eu/opendata/datasets/2: "), first.out());
        assertTrue(first.out().contains("dct:description"), first.out());
        assertTrue(first.out().matches("(?s).*quality of the source's [1-9]\\d* dataset\\(s\\): mean \\d+\\.\\d / 310.*"),
                "the run says how good the stored descriptions are: " + first.out());

        Run second = run("once", "--type", "dcat", portal.toString(), "--data", data.toString());
        assertTrue(second.out().contains("added 0, changed 0,"), second.out());
    }

    @Test
    void onceOnARealGermanPortalCatalogueStoresEveryDatasetAndCountsItsRepairsAndDrops() throws IOException {
        Path file = dir.resolve("catalog.rdf");
        try (InputStream in = getClass().getResourceAsStream("/harvest/de-ckanext-dcatde-catalog-endpoint.rdf")) {
            Files.copy(in, file);
        }
        Path data = dir.resolve("data");

        Run first = run("once", "--type", "dcat", file.toString(), "--data", data.toString());

        assertEquals(0, first.exit(), first.err() + first.out());
        assertTrue(first.out().contains(": completed"), first.out());
        assertTrue(first.out().contains("seen 12, "), "six datasets, the catalogue and five agents: " + first.out());
        assertTrue(!first.out().contains("rejected document "), "one bad link must not drop the catalogue: " + first.out());
        assertTrue(!first.out().contains("rejected http://data.example-domain.de/dataset/"), "every dataset stored: " + first.out());
        assertTrue(first.out().matches("(?s).*added 1[01],.*"), "six datasets and the agents: " + first.out());
        assertTrue(first.out().matches("(?s).*stored with repairs [1-9]\\d*, stored with drops [1-9].*"), first.out());
        assertTrue(first.out().contains("file-type ") && first.out().contains("dct:format sh:nodeKind"),
                "repairs by kind, drops by rule (\"jrss\" names no file type): " + first.out());
        long rejectedLines = first.out().lines().filter(l -> l.startsWith("  rejected ")).count();
        String counts = first.out().lines().filter(l -> l.contains("seen 12, ")).findFirst().orElseThrow();
        assertTrue(counts.endsWith(", rejected " + rejectedLines), "each rejected item listed once: " + first.out());

        Run second = run("once", "--type", "dcat", file.toString(), "--data", data.toString());
        assertTrue(second.out().contains("added 0, changed 0,"), second.out());
    }

    @Test
    void onceOnAFhirStudyIntoAFreshStoreStoresTheStudyWithTheCatalogueOperatorAsItsAccessBody() throws IOException {
        Path bundle = dir.resolve("constances-bundle.json");
        try (InputStream in = getClass().getResourceAsStream("/harvest/fhir-r4-constances-bundle.json")) {
            Files.copy(in, bundle);
        }

        Run r = run("once", "--type", "fhir", bundle.toString(), "--data", dir.resolve("fresh").toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*added [1-9].*"), r.out());
        assertFalse(r.out().contains("healthdcatap:hdab"), "the HDAB is described before the run: " + r.out());
        assertTrue(r.out().contains("rejected "), "the fixture's bad entries are still refused: " + r.out());
    }

    @Test
    void onceNamesAnUnknownType() {
        Run r = run("once", "--type", "gopher", dir.toString(), "--data", dir.resolve("data").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Unknown source type 'gopher'"), r.err());
    }

    /**
     * A DCAT portal on this machine, in two Hydra pages (the HealthDCAT-AP r8 example, then the DCAT-AP 2.1.1 one):
     * refused as a non-public address, fetched and stored once allow-listed.
     */
    @Test
    void onceRefusesALoopbackUrlUnlessAllowListedThenStoresTheDatasetsItServes() throws IOException {
        String catalog = serveTwoPages();
        Path data = dir.resolve("data");
        Run refused = run("once", "--type", "dcat", catalog, "--data", data.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.out().contains("non-public address 127.0.0.1"), refused.out());
        assertEquals(List.of(), served, "refused before anything is fetched");
        assertEquals(Map.of(), storedDatasetTitles(data), "nothing stored");

        Run allowed = run("once", "--type", "dcat", catalog, "--data", data.toString(), "--allow-host", "127.0.0.1");
        assertEquals(0, allowed.exit(), allowed.err() + allowed.out());
        assertEquals(List.of("/catalog", "/catalog?page=2"), served, "both pages fetched");
        assertEquals(Map.of(
                "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024", Set.of("Cross-border oncology EHR cohort 2024@en"),
                "https://myorg.eu/opendata/datasets/1", Set.of("visitors to the Open Swimming Pool@en")),
                storedDatasetTitles(data), allowed.out());
    }

    @Test
    void addListRunRemove() throws IOException {
        Path portal = portal();
        String data = dir.resolve("data").toString();

        assertEquals(0, run("add", "portal", portal.toString(), "--type", "dcat", "--every", "6h", "--data", data).exit());
        Run list = run("list", "--data", data);
        assertTrue(list.out().contains("portal\tdcat\t" + portal + "\tevery PT6H"), list.out());
        Run ran = run("run", "portal", "--data", data);
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().startsWith("harvest portal (dcat"), ran.out());
        assertEquals(0, run("remove", "portal", "--data", data).exit());
        assertTrue(run("list", "--data", data).out().contains("no source configured"));
        assertEquals(1, run("remove", "portal", "--data", data).exit());
    }

    /** Serves the catalogue at {@code /catalog} in two pages on the loopback interface; the paths asked go to {@link #served}. */
    private String serveTwoPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, byte[]> pages = Map.of(
                "/catalog", (resource("healthdcat-ap-r8-example.ttl") + "\n[] a <http://www.w3.org/ns/hydra/core#PartialCollectionView> ;"
                        + " <http://www.w3.org/ns/hydra/core#next> <" + base + "/catalog?page=2> .\n").getBytes(StandardCharsets.UTF_8),
                "/catalog?page=2", resource("dcat-ap-2.1.1-example1.nt").getBytes(StandardCharsets.UTF_8));
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            served.add(path);
            byte[] body = pages.get(path);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        return base + "/catalog";
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/harvest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the store in {@code data} holds after the run: each dataset's titles ({@code text@lang}), read back from the store. */
    private static Map<String, Set<String>> storedDatasetTitles(Path data) {
        Map<String, Set<String>> titles = new TreeMap<>();
        try (Catalog catalog = CatalogOpener.open(data, Optional.empty(), 8080)) {
            catalog.store().read(() -> {
                for (String name : catalog.store().recordNames()) {
                    Graph record = catalog.store().recordGraph(name).orElseThrow();
                    Node dataset = NodeFactory.createURI(name);
                    if (record.contains(dataset, RDF.type.asNode(), DCAT.Dataset.asNode()) && !RecordProvenance.withdrawn(name, record)) {
                        record.find(dataset, DCTerms.title.asNode(), Node.ANY).forEach(t -> titles
                                .computeIfAbsent(name, k -> new TreeSet<>())
                                .add(t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()));
                    }
                }
                return null;
            });
        }
        return titles;
    }

    private Path portal() throws IOException {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal);
        for (String f : new String[] {"healthdcat-ap-r8-example.ttl", "dcat-ap-2.1.1-example1.nt", "dcat-ap-2.1.1-example1-undescribed.nt"}) {
            try (InputStream in = getClass().getResourceAsStream("/harvest/" + f)) {
                Files.copy(in, portal.resolve(f));
            }
        }
        return portal;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new HarvestCommand());
        cli.setExecutionExceptionHandler(new CatalogErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
