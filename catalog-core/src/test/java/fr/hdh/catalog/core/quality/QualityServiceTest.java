package fr.hdh.catalog.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality follows every write that makes a dataset public, whoever makes it: an import, a producer's
 * published version, a withdrawal; each source's tally says what counting the measurements says; the store
 * keeps only what costs points; the summaries are served from memory until the store changes.
 */
class QualityServiceTest {
    private static final String BASE = "http://test.example/";
    private static final String DATASET = BASE + "dataset/hospital-stays";
    private static final User PRODUCER = new User("atih-editor", Role.PRODUCER, Set.of(BASE + "producer/atih"));
    private static final User CURATOR = new User("curator", Role.CURATOR, Set.of());

    @TempDir
    Path dir;
    Catalog catalog;

    @BeforeEach
    void open() throws Exception {
        catalog = Catalog.open(CatalogConfig.onDisk(dir.resolve("data"), BASE), ReferenceLookup.NONE);
        catalog.records().putAll(read("producers.ttl", "test"), Progress.NONE);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aProducersDatasetIsScoredWhenPublishedNotWhileADraft() throws Exception {
        catalog.workflow().create(read("dataset.ttl", "test").get(0), PRODUCER, Optional.empty());
        catalog.workflow().submit(DATASET, PRODUCER);
        assertTrue(catalog.quality().dataset(DATASET).isEmpty(), "a draft is private: not scored");

        catalog.workflow().publish(DATASET, CURATOR);

        DatasetQuality q = catalog.quality().dataset(DATASET).orElseThrow();
        assertEquals(QualityIndicator.maxScore(), q.maxScore());
        assertEquals(QualityIndicator.values().length, q.indicators().size(), "every indicator, the full ones implied");
        assertEquals(q.indicators().stream().mapToInt(DatasetQuality.Indicator::points).sum(), q.score());
        assertTrue(q.shortfalls().stream().anyMatch(i -> i.labelEn().equals("Keywords") && i.points() == 0));
        assertEquals(List.of(QualitySources.PRODUCERS), sourceIds());
        assertTallied();
    }

    @Test
    void anImportIsScoredUnderImportAndAWithdrawnDatasetLosesItsScore() throws Exception {
        catalog.records().putAll(read("dataset.ttl", "cli"), Progress.NONE);
        assertEquals(List.of(QualitySources.IMPORT), sourceIds());
        assertEquals(1, catalog.quality().sources().get(0).datasets());

        catalog.records().withdraw(DATASET, new RecordSource("file:///x.ttl", "cli"));

        assertTrue(catalog.quality().dataset(DATASET).isEmpty());
        assertTrue(catalog.quality().sources().isEmpty(), "a source without datasets has no summary");
        assertTallied();
    }

    @Test
    void aBetterRecordRaisesItsScoreAndTheSameResultsKeepTheActivityThatFoundThem() throws Exception {
        try (QualityService.Measuring m = catalog.quality().measuredBy("harvest-portal", "urn:run:1")) {
            catalog.records().putAll(datasets(10, false, "harvest-portal"), Progress.NONE);
        }
        int before = catalog.quality().dataset(BASE + "dataset/d3").orElseThrow().score();
        try (QualityService.Measuring m = catalog.quality().measuredBy("harvest-portal", "urn:run:2")) {
            List<CatalogRecord> next = datasets(10, false, "harvest-portal");
            next.get(3).content().add(NodeFactory.createURI(BASE + "dataset/d3"), DCAT.keyword.asNode(),
                    NodeFactory.createLiteralString("séjours"));
            next.get(4).content().add(NodeFactory.createURI(BASE + "dataset/d4"), DCTerms.description.asNode(),
                    NodeFactory.createLiteralLang("Autre description", "fr"));
            catalog.records().putAll(next, Progress.NONE);
        }

        DatasetQuality d3 = catalog.quality().dataset(BASE + "dataset/d3").orElseThrow();
        assertEquals(before + 30, d3.score());
        assertEquals("urn:run:2", d3.run().orElseThrow());
        assertEquals("urn:run:1", catalog.quality().dataset(BASE + "dataset/d4").orElseThrow().run().orElseThrow(),
                "rewritten, the same score: measured by the first run");
        assertEquals(List.of("portal"), sourceIds());
        assertTallied();
    }

    @Test
    void onlyTheIndicatorsThatCostPointsAreStoredBesideEachTotal() throws Exception {
        catalog.records().putAll(datasets(50, true, "harvest-portal"), Progress.NONE);

        Graph quality = graph(catalog.quality().graphIri("portal"));
        long measurements = quality.find(Node.ANY, QualityTerms.COMPUTED_ON, Node.ANY).toList().size();
        long shortfalls = catalog.quality().sources().get(0).shortfalls().stream().mapToLong(QualitySummary.Shortfall::datasets).sum();
        assertEquals(50 + shortfalls, measurements, "a total per dataset and one measurement per shortfall, no more");
        long tally = 3 + QualitySummary.BANDS + 2L * QualityIndicator.values().length;
        assertTrue(quality.size() <= 50 * 6 + 4 * shortfalls + QualityGraph.definitions().size() + tally,
                "6 triples per dataset, 4 per shortfall, the definitions and the tally: " + quality.size());
    }

    @Test
    void theSummariesAreReadOncePerStoreVersion() throws Exception {
        catalog.records().putAll(datasets(5, false, "harvest-portal"), Progress.NONE);
        List<QualitySummary> first = catalog.quality().sources();

        assertSame(first, catalog.quality().sources(), "nothing changed: the same answer, from memory");
        catalog.records().putAll(datasets(6, false, "harvest-portal"), Progress.NONE);
        List<QualitySummary> after = catalog.quality().sources();
        assertNotSame(first, after);
        assertEquals(6, after.get(0).datasets());
    }

    @Test
    void atOpenDatasetsWrittenWithoutScoresAreMeasuredAndAGraphWithoutTallyIsCounted() throws Exception {
        catalog.records().putAll(datasets(8, false, "harvest-portal"), Progress.NONE);
        List<QualitySummary> expected = catalog.quality().sources();
        // As a store written before every dataset was scored: no quality graph at all.
        catalog.records().changeDerived(graphs -> {
            graphs.find(NodeFactory.createURI(catalog.quality().graphIri("portal")), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> graphs.delete(q.getGraph().getURI(), q.asTriple()));
            return null;
        });
        assertTrue(catalog.quality().sources().isEmpty());

        assertEquals(8, catalog.quality().synchronize(Progress.NONE));

        assertEquals(expected, catalog.quality().sources());
        assertEquals(0, catalog.quality().synchronize(Progress.NONE), "nothing left to measure");
        assertTallied();
    }

    private void assertTallied() {
        assertEquals(StoredQuality.recount(catalog.store(), catalog.iris()), catalog.quality().sources(),
                "the tallies say what counting the measurements says");
        assertFalse(catalog.quality().sources().stream().anyMatch(s -> s.datasets() == 0));
    }

    private List<String> sourceIds() {
        return catalog.quality().sources().stream().map(QualitySummary::sourceId).toList();
    }

    private Graph graph(String iri) {
        return catalog.store().read(() -> catalog.store().recordGraph(iri).orElseThrow());
    }

    /** {@code n} copies of the workflow's dataset, {@code d0}…, every third with a keyword when {@code varied}. */
    private static List<CatalogRecord> datasets(int n, boolean varied, String agent) throws Exception {
        CatalogRecord template = read("dataset.ttl", agent).get(0);
        List<CatalogRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node d = NodeFactory.createURI(BASE + "dataset/d" + i);
            Graph g = GraphFactory.createDefaultGraph();
            template.content().find().forEachRemaining(t -> g.add(t.getSubject().getURI().equals(DATASET) ? d : t.getSubject(),
                    t.getPredicate(), t.getObject()));
            if (varied && i % 3 == 0) {
                g.add(d, DCAT.keyword.asNode(), NodeFactory.createLiteralString("k" + i));
            }
            out.add(new CatalogRecord(d.getURI(), RecordKind.DATASET, g, new RecordSource("urn:portal", agent)));
        }
        return out;
    }

    private static List<CatalogRecord> read(String name, String agent) throws Exception {
        Path file = Path.of(QualityServiceTest.class.getResource("/workflow/" + name).toURI());
        return RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()),
                new RecordSource(file.toUri().toString(), agent)).records();
    }
}
