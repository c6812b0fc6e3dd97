package fr.hdh.catalog.harvest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.quality.QualityTerms;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.dcat.DcatHarvester;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over real DCAT-AP and HealthDCAT-AP files in a folder: the valid records are stored (health ones
 * against HealthDCAT-AP, the generic one against DCAT-AP), the invalid one rejected with its report; a second run of the same folder writes nothing; a file removed upstream
 * withdraws its record; the run and the quality scores are stored in graphs of their own.
 */
class HarvestRunnerTest {
    static final String HEALTH_DATASET = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024";
    static final String OTHER_DATASET = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2025";
    static final String SWIMMING_POOL = "https://myorg.eu/opendata/datasets/1";
    static final String UNDESCRIBED_POOL = "https://myorg.eu/opendata/datasets/2";

    @TempDir
    Path folder;
    Catalog catalog;
    HarvestRunner runner;
    HarvestSource source;

    @BeforeEach
    void open() throws IOException {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup());
        runner = new HarvestRunner(catalog, new HarvesterRegistry(List.of(new DcatHarvester())), FetchPolicy.defaults());
        copy("portal/healthdcat-ap-r8-example.ttl", "health.ttl");
        Files.writeString(folder.resolve("health-2025.ttl"),
                Files.readString(folder.resolve("health.ttl")).replace("dataset-oncology-ehrs-2024", "dataset-oncology-ehrs-2025"));
        copy("portal/dcat-ap-2.1.1-example1.nt", "swimming-pool.nt");
        copy("portal/dcat-ap-2.1.1-example1-undescribed.nt", "swimming-pool-undescribed.nt");
        source = new HarvestSource("portal", SourceType.DCAT, folder.toString(), Optional.empty(), Set.of());
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void firstRunStoresTheValidDatasetsAndRejectsTheOthersWithTheirReport() {
        RunReport run = runner.run(source, Progress.NONE);

        assertEquals(RunReport.Status.COMPLETED, run.status());
        assertTrue(catalog.records().content(HEALTH_DATASET).isPresent(), run.toText());
        assertTrue(catalog.records().content(OTHER_DATASET).isPresent(), run.toText());
        assertTrue(catalog.records().content(SWIMMING_POOL).isPresent(), "a valid generic DCAT-AP dataset is stored: " + run.toText());
        assertFalse(catalog.records().content(UNDESCRIBED_POOL).isPresent());
        Rejection pool = run.rejections().stream().filter(r -> r.item().equals(UNDESCRIBED_POOL)).findFirst().orElseThrow();
        assertTrue(pool.reason().contains("dct:description") && pool.reason().contains("DCAT-AP 3.0.0 + hdh"), pool.reason());
        assertEquals(run.counts().added() + run.counts().rejected(), run.counts().seen(), run.toText());
        assertTrue(run.counts().added() >= 2, run.toText());
    }

    @Test
    void whenTheRunEndsTheSearchIndexHasCaughtUpAndTheHarvestingThreadIndexesAtOnceAgain() {
        RunReport run = runner.run(source, Progress.NONE);

        assertTrue(run.note().isEmpty(), run.toText());
        var hits = catalog.search().search(fr.hdh.catalog.core.search.SearchQuery.text("oncology")).hits();
        assertTrue(hits.stream().anyMatch(h -> h.iri().equals(HEALTH_DATASET)), hits.toString());
        catalog.search().inBackground().close();   // the run's queue was drained and let go
    }

    @Test
    void secondRunOfAnUnchangedSourceWritesNothing() {
        RunReport first = runner.run(source, Progress.NONE);
        List<Object> commits = new ArrayList<>();
        catalog.records().onCommit(commits::add);

        RunReport second = runner.run(source, Progress.NONE);

        assertEquals(0, second.counts().written(), second.toText());
        assertEquals(first.counts().added(), second.counts().unchanged(), second.toText());
        assertTrue(commits.isEmpty(), "records written: " + commits);
    }

    @Test
    void aRecordGoneUpstreamIsWithdrawnAndKept() throws IOException {
        runner.run(source, Progress.NONE);
        Files.delete(folder.resolve("health-2025.ttl"));

        RunReport run = runner.run(source, Progress.NONE);

        assertEquals(1, run.counts().withdrawn(), run.toText());
        Graph stored = catalog.store().read(() -> catalog.store().recordGraph(OTHER_DATASET).orElseThrow());
        assertTrue(RecordProvenance.withdrawn(OTHER_DATASET, stored));
        assertFalse(RecordProvenance.withdrawn(HEALTH_DATASET,
                catalog.store().read(() -> catalog.store().recordGraph(HEALTH_DATASET).orElseThrow())));
    }

    @Test
    void aDocumentThatDoesNotParseIsReportedAndNothingIsWithdrawn() throws IOException {
        runner.run(source, Progress.NONE);
        Files.delete(folder.resolve("health-2025.ttl"));
        copy("portal/dcat-ap-3.0.1-bee-population-dataset-series-api.ttl", "broken.ttl");

        RunReport run = runner.run(source, Progress.NONE);

        assertEquals(0, run.counts().withdrawn(), run.toText());
        assertTrue(run.note().orElse("").contains("withdrawal skipped"), run.toText());
        assertTrue(run.rejections().stream().anyMatch(r -> r.item().startsWith("document ") && r.item().endsWith("broken.ttl")),
                run.toText());
    }

    @Test
    void eachRunIsStoredAsAProvActivityAndListedNewestFirst() {
        RunReport first = runner.run(source, Progress.NONE);
        RunReport second = runner.run(source, Progress.NONE);

        List<RunReport> runs = new RunLog(catalog.store()).runs(Optional.of("portal"), 10);

        assertEquals(2, runs.size());
        assertEquals(second.runIri(), runs.get(0).runIri());
        assertEquals(first.counts(), runs.get(1).counts());
        assertEquals(first.rejections().size(), runs.get(1).rejections().size());
        assertTrue(new RunLog(catalog.store()).runs(Optional.of("elsewhere"), 10).isEmpty());
    }

    @Test
    void qualityIsStoredAsDqvBesideTheRecordNotInIt() {
        RunReport run = runner.run(source, Progress.NONE);

        Graph quality = catalog.store().read(() -> catalog.store().recordGraph(runner.qualityGraph("portal")).orElseThrow());
        Node dataset = NodeFactory.createURI(HEALTH_DATASET);
        assertTrue(quality.contains(dataset, QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY), run.toText());
        long score = quality.find(Node.ANY, QualityTerms.IS_MEASUREMENT_OF, QualityTerms.QUALITY_SCORE)
                .filterKeep(t -> quality.contains(t.getSubject(), QualityTerms.COMPUTED_ON, dataset))
                .mapWith(t -> quality.find(t.getSubject(), QualityTerms.VALUE, Node.ANY).next().getObject())
                .mapWith(n -> ((Number) n.getLiteralValue()).longValue()).next();
        assertTrue(score > 0 && score <= fr.hdh.catalog.core.quality.QualityIndicator.maxScore(), "score " + score);
        Graph record = catalog.records().content(HEALTH_DATASET).orElseThrow();
        assertFalse(record.contains(Node.ANY, QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY));
    }

    @Test
    void measurementsHaveStableIrisAndAnUnchangedDatasetKeepsThemAndItsRun() throws IOException {
        RunReport first = runner.run(source, Progress.NONE);
        Graph before = quality();
        Node dataset = NodeFactory.createURI(HEALTH_DATASET);
        Node score = before.find(dataset, QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY).next().getObject();
        assertTrue(score.isURI() && score.getURI().startsWith(runner.qualityGraph("portal") + "/"), score.toString());
        assertTrue(before.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList().isEmpty());
        Files.delete(folder.resolve("health-2025.ttl"));

        RunReport second = runner.run(source, Progress.NONE);

        Graph after = quality();
        assertEquals(1, second.counts().withdrawn(), second.toText());
        assertTrue(after.contains(score, fr.hdh.catalog.ontologies.PROV.wasGeneratedBy.asNode(),
                NodeFactory.createURI(first.runIri())), "the unchanged measurement keeps the run that made it");
        // all but the withdrawn dataset's measurements and the source's tally, which counts one dataset less
        before.find().filterKeep(t -> !t.getSubject().equals(NodeFactory.createURI(OTHER_DATASET))
                        && !t.getSubject().getURI().startsWith(runner.qualityGraph("portal") + "/tally")
                        && !before.contains(t.getSubject(), QualityTerms.COMPUTED_ON, NodeFactory.createURI(OTHER_DATASET)))
                .forEachRemaining(t -> assertTrue(after.contains(t), "kept: " + t));
        assertFalse(after.contains(NodeFactory.createURI(OTHER_DATASET), Node.ANY, Node.ANY), "the withdrawn one is not scored");
        assertFalse(after.contains(Node.ANY, QualityTerms.COMPUTED_ON, NodeFactory.createURI(OTHER_DATASET)));
    }

    private Graph quality() {
        return catalog.store().read(() -> catalog.store().recordGraph(runner.qualityGraph("portal")).orElseThrow());
    }

    @Test
    void aSourceThatCannotBeReadIsAFailedRunAndWithdrawsNothing() {
        runner.run(source, Progress.NONE);
        HarvestSource gone = new HarvestSource("portal", SourceType.DCAT, folder.resolve("missing").toString(),
                Optional.empty(), Set.of());

        RunReport run = runner.run(gone, Progress.NONE);

        assertEquals(RunReport.Status.FAILED, run.status());
        assertTrue(run.note().orElse("").contains("no such file"), run.toText());
        assertTrue(catalog.records().content(HEALTH_DATASET).isPresent());
        assertEquals(RunReport.Status.FAILED, new RunLog(catalog.store()).runs(Optional.of("portal"), 1).get(0).status());
    }

    private void copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dcat/" + resource)) {
            Files.copy(in, folder.resolve(name));
        }
    }
}
