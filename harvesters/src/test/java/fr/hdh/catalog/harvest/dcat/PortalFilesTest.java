package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federation bar on real catalogue files from ten European countries ({@code dcat/portals/SOURCES.md}):
 * each file harvested as a source of its own, one after the other, into one TDB2 store, as
 * {@code hdh harvest once --type dcat FILE} does. At least 95 % of the datasets the files publish (with
 * an IRI, in the files Jena can read) are stored; every stored dataset conforms to its profile; the runs
 * count their repairs and drops; each source harvested again at once changes nothing but its run graph.
 */
class PortalFilesTest {
    private static final String PORTALS = "/dcat/portals/";
    private static final String RUN_GRAPHS = "http://test.example/harvest/run/";

    @TempDir
    static Path dir;
    private static final Map<String, RunReport> runs = new TreeMap<>();
    private static final Map<String, Set<String>> published = new TreeMap<>();
    private static final Map<String, String> unstable = new TreeMap<>();
    private static Path data;

    @BeforeAll
    static void harvestEveryFileTwice() throws IOException {
        Path files = dir.resolve("portals");
        Files.createDirectories(files);
        for (String name : names()) {
            try (InputStream in = PortalFilesTest.class.getResourceAsStream(PORTALS + name)) {
                Files.write(files.resolve(name), in.readAllBytes());
            }
            published.put(name, datasetsIn(files.resolve(name)));
        }
        data = dir.resolve("store");
        try (Catalog catalog = open(data)) {
            for (String name : names()) {
                runs.put(name, runner(catalog).run(source(name, files.resolve(name)), Progress.NONE));
                List<String> first = quadsOutsideRuns(catalog);
                runner(catalog).run(source(name, files.resolve(name)), Progress.NONE);
                List<String> again = quadsOutsideRuns(catalog);
                if (!first.equals(again)) {
                    unstable.put(name, "gone " + first.stream().filter(q -> !again.contains(q)).limit(5).toList()
                            + "\ncome " + again.stream().filter(q -> !first.contains(q)).limit(5).toList());
                }
            }
        }
    }

    @Test
    void atLeast95PercentOfThePublishedDatasetsAreStored() {
        long total = 0;
        long stored = 0;
        List<String> missing = new ArrayList<>();
        try (Catalog catalog = open(data)) {
            for (Map.Entry<String, Set<String>> file : published.entrySet()) {
                for (String dataset : file.getValue()) {
                    total++;
                    if (catalog.records().content(dataset).isPresent()) {
                        stored++;
                    } else {
                        missing.add(file.getKey() + " " + dataset);
                    }
                }
            }
        }
        assertTrue(total > 150, "the corpus publishes " + total + " datasets with an IRI");
        assertTrue(stored >= 0.95 * total, stored + " of " + total + " stored; missing:\n" + String.join("\n", missing));
    }

    @Test
    void everyStoredDatasetConformsToItsProfile() {
        List<String> failures = new ArrayList<>();
        try (Catalog catalog = open(data)) {
            for (Set<String> datasets : published.values()) {
                for (String dataset : datasets) {
                    catalog.records().content(dataset).ifPresent(content -> {
                        ValidationReport report = catalog.records().validate(
                                new CatalogRecord(dataset, RecordKind.DATASET, content, new RecordSource("urn:test", "test")));
                        if (!report.conforms()) {
                            failures.add(report.toText());
                        }
                    });
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " stored datasets do not conform:\n" + String.join("\n", failures));
    }

    @Test
    void whatTheStoreServesHasNoViolationOfTheDcatAp3CoreShapes() {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        try (InputStream in = PortalFilesTest.class.getResourceAsStream("/hdh/shapes/official/dcat-ap/3.0.0/html/shacl/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapesGraph);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> violations = new ArrayList<>();
        try (Catalog catalog = open(data)) {
            catalog.store().read(() -> {
                // What /catalog's pages merge: the datasets and data services it lists with their
                // catalogue records, and what they point to (producers and the like, without theirs);
                // partners' own catalogue nodes are not listed.
                Graph served = GraphFactory.createDefaultGraph();
                var dsg = catalog.store().datasetGraph();
                dsg.find().forEachRemaining(q -> {
                    Node g = q.getGraph();
                    boolean listed = Stream.of(DCAT.Dataset, DCAT.DataService)
                            .anyMatch(c -> dsg.contains(g, g, RDF.type.asNode(), c.asNode()))
                            || dsg.contains(g, g, RDF.type.asNode(), NodeFactory.createURI(DCAT.NS + "DatasetSeries"));
                    boolean partnerCatalogue = dsg.contains(g, g, RDF.type.asNode(), DCAT.Catalog.asNode());
                    boolean catalogueRecord = q.getSubject().equals(RecordProvenance.recordNode(g.getURI()));
                    if (!g.getURI().startsWith("http://test.example/harvest/") && !partnerCatalogue && (listed || !catalogueRecord)) {
                        served.add(q.asTriple());
                    }
                });
                ShaclValidator.get().validate(Shapes.parse(shapesGraph), served).getEntries().stream()
                        .filter(e -> e.severity().level().getURI().endsWith("Violation"))
                        .forEach(e -> violations.add(e.focusNode() + " " + e.resultPath() + " " + e.message()));
                return null;
            });
        }
        assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + String.join("\n", violations.subList(0, Math.min(20, violations.size()))));
    }

    @Test
    void theRunsCountTheirRepairsAndDropsByKindAndRule() {
        Set<String> repairs = new TreeSet<>();
        long repaired = 0;
        long dropped = 0;
        for (RunReport run : runs.values()) {
            repairs.addAll(run.amendments().repairs().keySet());
            repaired += run.amendments().storedWithRepairs();
            dropped += run.amendments().storedWithDrops();
            assertTrue(run.toText().contains("stored with repairs " + run.amendments().storedWithRepairs()), run.toText());
        }
        // Each repair on the real files that call for it.
        for (String kind : List.of("link", "file-type", "media-type", "language", "identifier", "date", "email",
                "byte-size", "text-as-resource", "authority-restated", "agent-type", "class-name")) {
            assertTrue(repairs.contains(kind), kind + " among " + repairs);
        }
        assertTrue(repaired > 50 && dropped > 0, "records repaired " + repaired + ", with drops " + dropped);
    }

    @Test
    void aDocumentWithABrokenLineKeepsTheDatasetsAboveItAndIsReported() {
        RunReport run = runs.get("no-fdk-harvester-all-datasets.ttl");
        assertTrue(run.rejections().stream().anyMatch(r -> r.wholeDocument() && r.reason().contains("line 62")), run.toText());
        try (Catalog catalog = open(data)) {
            assertTrue(catalog.records().content("https://testdirektoratet.no/model/dataset/0").isPresent(), run.toText());
        }
    }

    @Test
    void anUnchangedRerunOfEachSourceChangesNothingButItsOwnRunGraph() {
        assertTrue(unstable.isEmpty(), unstable.toString());
    }

    /** The datasets (and dataset series) a file publishes with an IRI, as plain Jena reads it; none when it cannot. */
    private static Set<String> datasetsIn(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        String name = file.getFileName().toString();
        Lang lang = name.endsWith(".xml") ? Lang.RDFXML : RDFLanguages.filenameToLang(name, Lang.TURTLE);
        try {
            RDFParser.source(file).lang(lang).parse(dsg);
        } catch (RiotException e) {
            return Set.of();
        }
        Set<String> datasets = new TreeSet<>();
        for (Node type : RecordKind.DATASET.types()) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    datasets.add(q.getSubject().getURI());
                }
            });
        }
        return datasets;
    }

    private static List<String> quadsOutsideRuns(Catalog catalog) {
        return catalog.store().read(() -> {
            List<String> quads = new ArrayList<>();
            catalog.store().datasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().startsWith(RUN_GRAPHS) && !q.getPredicate().equals(LAST_RUN)) {
                    quads.add(text(q));
                }
            });
            quads.sort(null);
            return quads;
        });
    }

    private static final Node LAST_RUN = NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy");

    /** A quad as text, blank nodes by their position: what an export shows after relabelling. */
    private static String text(Quad q) {
        return Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .map(n -> n.isBlank() ? "_" : n.toString()).collect(Collectors.joining(" "));
    }

    private static List<String> names() {
        try (Stream<Path> list = Files.list(Path.of(PortalFilesTest.class.getResource(PORTALS).toURI()))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.toUpperCase(Locale.ROOT).endsWith(".MD")).sorted().toList();
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog open(Path data) {
        return Catalog.open(CatalogConfig.onDisk(data, "http://test.example/"), EuVocabularies.bundled().lookup());
    }

    private static HarvestRunner runner(Catalog catalog) {
        return new HarvestRunner(catalog, new HarvesterRegistry(List.of(new DcatHarvester())), FetchPolicy.defaults());
    }

    private static HarvestSource source(String name, Path location) {
        String id = name.replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(Locale.ROOT);
        return new HarvestSource(id, SourceType.DCAT, location.toString(), Optional.empty(), Set.of());
    }
}
