package fr.hdh.catalog.web.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.page.DemoSite;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.sys.WebModules;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users read of quality — {@code /api/quality}, {@code /api/quality/dataset} for every dataset, {@code /quality}
 * in both languages and the quality section of every dataset page — over HTTP, compared with the answers
 * recorded in {@code src/test/resources/quality/*.txt} on the same data: the demo content, and a generated
 * catalogue of 300 datasets (copies of the bundled list, optional properties dropped at random, seed 7)
 * harvested at a fixed time. The store keeps less than it did when these answers were recorded; the answers
 * stay. {@code -Dhdh.test.recordQualityAnswers=true} records them again.
 */
class QualityAnswersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern QUALITY_SECTION = Pattern.compile("(?s)<section class=\"quality\".*?</section>");
    private static final Set<Node> DROPPABLE = Set.of(DCAT.keyword.asNode(), DCAT.theme.asNode(), DCTerms.spatial.asNode(),
            DCTerms.temporal.asNode(), DCAT.accessURL.asNode(), DCAT.downloadURL.asNode(), DCTerms.format.asNode(),
            DCAT.mediaType.asNode(), DCTerms.license.asNode(), DCTerms.rights.asNode(), DCAT.byteSize.asNode(),
            DCTerms.issued.asNode(), DCTerms.modified.asNode(), DCAT.contactPoint.asNode());

    @TempDir
    Path dir;

    @Test
    void theDemosQualityAnswersAreTheOnesRecorded() throws Exception {
        DemoSite site = DemoSite.get();
        compare("demo-answers.txt", answers(site.catalog(), site::url));
    }

    @Test
    void aGeneratedCataloguesQualityAnswersAreTheOnesRecorded() throws Exception {
        String base = "http://test.example/";
        Path file = dir.resolve("generated.ttl");
        generate(file, new CatalogIris(base), 300, 7);
        try (Catalog catalog = Catalog.open(CatalogConfig.onDisk(dir.resolve("store"), base), EuVocabularies.bundled().lookup())) {
            Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
            HarvestSource source = new HarvestSource("generated", SourceType.DCAT, file.toString(), Optional.empty(), Set.of());
            new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults(), fixed).run(source, Progress.NONE);
            Readiness readiness = new Readiness();
            readiness.ready();
            CatalogServer server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost",
                    Duration.ofSeconds(10)), readiness, WebModules.all(catalog));
            try {
                compare("generated-answers.txt", answers(catalog, path -> "http://localhost:" + server.port() + path));
            } finally {
                server.stop();
            }
        }
    }

    private static void compare(String name, String answers) throws IOException {
        Path recorded = Path.of("src/test/resources/quality").resolve(name);
        if (Boolean.getBoolean("hdh.test.recordQualityAnswers")) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, answers);
        }
        String expected = Files.readString(recorded);
        assertTrue(expected.contains("\"sourceId\""), "the recorded answers hold sources");
        assertEquals(expected, answers);
    }

    /** Every quality answer a user can get, in a stable order. */
    private static String answers(Catalog catalog, Function<String, String> url) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("GET /api/quality\n").append(get(url.apply("/api/quality"), "en")).append("\n");
        out.append("GET /quality en\n").append(main(get(url.apply("/quality"), "en"))).append("\n");
        out.append("GET /quality fr\n").append(main(get(url.apply("/quality"), "fr"))).append("\n");
        for (String dataset : datasets(catalog)) {
            out.append("GET /api/quality/dataset?iri=").append(dataset).append("\n")
                    .append(get(url.apply("/api/quality/dataset?iri=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8)), "en"))
                    .append("\n");
            String path = "/" + dataset.substring(catalog.iris().base().length());
            for (String lang : List.of("en", "fr")) {
                Matcher m = QUALITY_SECTION.matcher(get(url.apply(path), lang));
                out.append("page ").append(lang).append(" ").append(dataset).append("\n")
                        .append(m.find() ? m.group() : "(no quality section)").append("\n");
            }
        }
        return out.toString();
    }

    private static String main(String html) {
        int from = html.indexOf("<main");
        int to = html.indexOf("</main>");
        return from >= 0 && to > from ? html.substring(from, to) : html;
    }

    private static Set<String> datasets(Catalog catalog) {
        String prefix = catalog.iris().dataset("");
        return catalog.store().read(() -> {
            Set<String> found = new TreeSet<>();
            catalog.store().union().find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())
                    .forEachRemaining(t -> {
                        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                            found.add(t.getSubject().getURI());
                        }
                    });
            return found;
        });
    }

    private static String get(String url, String lang) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", url.contains("/api/") ? "application/json" : "text/html")
                .header("Cookie", "hdh-lang=" + lang).header("Accept-Language", lang).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    /** N copies of the bundled datasets under new IRIs, each optional property kept or dropped at random. */
    static void generate(Path file, CatalogIris iris, int n, long seed) throws IOException {
        HdhCatalogueReader reader = new HdhCatalogueReader(iris, new RecordSource("urn:test:generator", "test"));
        List<CatalogRecord> templates = new ArrayList<>(reader.datasets(BundledCatalogue.datasets()));
        Random random = new Random(seed);
        Graph out = GraphFactory.createDefaultGraph();
        reader.producers(BundledCatalogue.producers()).forEach(p -> p.content().find().forEachRemaining(out::add));
        for (int i = 0; i < n; i++) {
            CatalogRecord t = templates.get(random.nextInt(templates.size()));
            String oldIri = t.iri();
            String newIri = iris.dataset(String.format(Locale.ROOT, "gen-%04d", i));
            String oldId = oldIri.substring(iris.dataset("").length());
            Set<Node> dropped = new java.util.HashSet<>();
            DROPPABLE.stream().sorted(java.util.Comparator.comparing(Node::getURI))
                    .forEach(p -> { if (random.nextInt(3) == 0) dropped.add(p); });
            t.content().find().forEachRemaining(tr -> {
                if (!dropped.contains(tr.getPredicate())) {
                    Node o = tr.getObject();
                    if (o.isLiteral() && tr.getPredicate().equals(DCTerms.identifier.asNode()) && o.getLiteralLexicalForm().equals(oldId)) {
                        o = NodeFactory.createLiteralString(newIri.substring(iris.dataset("").length()));
                    }
                    out.add(Triple.create(rename(tr.getSubject(), oldIri, newIri), tr.getPredicate(), rename(o, oldIri, newIri)));
                }
            });
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, out, RDFFormat.TURTLE_BLOCKS);
        }
    }

    private static Node rename(Node node, String oldIri, String newIri) {
        if (!node.isURI()) {
            return node;
        }
        String uri = node.getURI();
        if (uri.equals(oldIri) || uri.startsWith(oldIri + "#") || uri.startsWith(oldIri + "/")) {
            return NodeFactory.createURI(newIri + uri.substring(oldIri.length()));
        }
        return node;
    }
}
