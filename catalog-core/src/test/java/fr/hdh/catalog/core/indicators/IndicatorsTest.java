package fr.hdh.catalog.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ContentHash;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each indicator query on {@code indicators/plan.trig}, whose records are chosen so that every answer is
 * known and every rule (access on request, wave year, withdrawn records, the twelve months, the hub's
 * service, the partner's country) decides at least one record. "Now" is 2026-06-01.
 */
class IndicatorsTest {
    private static final String BASE = "http://test.example/";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static CatalogStore store;
    private static Map<String, IndicatorResult> results;

    @BeforeAll
    static void load() {
        store = CatalogStore.inMemory();
        write(store.writer(), "/indicators/plan.trig");
        results = new Indicators(store, IndicatorDefinitions.bundled(), BASE + "producer/hdh", NOW).all().stream()
                .collect(Collectors.toMap(r -> r.indicator().id(), Function.identity()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyIndicatorOfThePlanIsDefinedWithItsTargets() {
        List<Indicator> plan = IndicatorDefinitions.bundled();
        assertEquals(List.of("priority-databases-on-request", "databases-replicated-in-hub", "base-sources-updated",
                "linked-dataset-months", "project-months", "active-contributors", "supported-projects-completed",
                "supported-projects-completed-share", "international-publications", "international-partnerships",
                "transparency-register"), plan.stream().map(Indicator::id).toList());
        assertEquals(Map.of(2020, new BigDecimal("3"), 2021, new BigDecimal("5"), 2022, new BigDecimal("5")), plan.get(0).targets());
        assertEquals(Map.of(2020, new BigDecimal("6"), 2021, new BigDecimal("5"), 2022, new BigDecimal("4")), plan.get(3).targets());
        assertEquals(Map.of(2020, new BigDecimal("0"), 2021, new BigDecimal("1"), 2022, new BigDecimal("3")), plan.get(9).targets());
        assertEquals(IndicatorUnit.PERCENT, plan.get(7).unit());
        assertTrue(plan.get(0).query().text().contains("catalogue snds"), "the query's text is kept to be shown");
    }

    @Test
    void priorityDatabases_countsSndsCatalogueEntriesOnRequest_byWaveAndYear() {
        assertValue("priority-databases-on-request", "4");
        assertEquals(List.of(
                List.of("", "catalogue SNDS (fiche HDH ; arrêté d'inscription non vérifié)", "1"),
                List.of("2022", "catalogue SNDS (arrêté du 12/05/2022)", "1"),
                List.of("2025", "catalogue SNDS (arrêté du 07/02/2025)", "2")),
                results.get("priority-databases-on-request").breakdown().rows());
        assertEquals(List.of("year", "wave", "datasets"), results.get("priority-databases-on-request").breakdown().columns());
    }

    @Test
    void replicatedInHub_countsDatasetsServedByTheHubsService_notAnotherPublishers() {
        assertValue("databases-replicated-in-hub", "1");
        assertEquals(List.of(List.of("2022", "catalogue SNDS (arrêté du 12/05/2022)", "1")),
                results.get("databases-replicated-in-hub").breakdown().rows());
    }

    @Test
    void baseSources_countsMainBaseEntriesWithARegularFrequency() {
        assertValue("base-sources-updated", "1");
    }

    @Test
    void linkedDatasetMonths_meansRequestToDeliveryOfLinkageProjects() {
        assertValue("linked-dataset-months", "5");
        assertEquals(List.of(List.of("2021", "2", "5.0")), results.get("linked-dataset-months").breakdown().rows());
    }

    @Test
    void projectMonths_meansRequestToEnd_dateOrDateTime() {
        assertValue("project-months", "15");
        assertEquals(List.of(List.of("2020", "1", "18.0"), List.of("2021", "1", "12.0")),
                results.get("project-months").breakdown().rows());
    }

    @Test
    void activeContributors_areTheAgentsOfRecordsChangedInTheLastTwelveMonths() {
        assertValue("active-contributors", "3");
        assertEquals(List.of(List.of("bob", "2"), List.of("harvest-eu-partner", "2"), List.of("alice", "1")),
                results.get("active-contributors").breakdown().rows());
    }

    @Test
    void supportedProjects_completedOrPublished_numberAndShare() {
        assertValue("supported-projects-completed", "2");
        assertValue("supported-projects-completed-share", "66.7");
        assertEquals(List.of(List.of("ProjectCompleted", "1"), List.of("ProjectPublished", "1"), List.of("ProjectRunning", "1")),
                results.get("supported-projects-completed").breakdown().rows());
    }

    @Test
    void internationalPublications_areInEnglishAndCiteADatasetCoveringFrance() {
        assertValue("international-publications", "2");
        assertEquals(List.of(List.of("2021", "1"), List.of("2022", "1")),
                results.get("international-publications").breakdown().rows());
    }

    @Test
    void internationalPartnerships_areHarvestedCataloguesOfAnotherCountry_byCountry() {
        assertValue("international-partnerships", "2");
        assertEquals(List.of(List.of("", "1", "fr-portal"), List.of("BEL", "1", "eu-partner"),
                        List.of("DEU", "1", "eu-partner"), List.of("FRA", "1", "fr-portal")),
                results.get("international-partnerships").breakdown().rows());
    }

    @Test
    void transparencyRegister_isInPlaceWithAPublicProjectStatingPurposeAndLegalBasis() {
        assertValue("transparency-register", "1");
        assertEquals(List.of(List.of("3", "1")), results.get("transparency-register").breakdown().rows());
        assertTrue(results.get("transparency-register").note().isEmpty());
    }

    @Test
    void anEmptyCatalogueAnswersEveryIndicator_zeroOrNoValue_withWhatIsMissing() {
        try (CatalogStore empty = CatalogStore.inMemory()) {
            List<IndicatorResult> all = new Indicators(empty, IndicatorDefinitions.bundled(), BASE + "producer/hdh", NOW).all();
            assertEquals(11, all.size());
            for (IndicatorResult r : all) {
                assertTrue(r.note().isPresent(), r.indicator().id());
                assertTrue(r.value().map(v -> v.signum() == 0).orElse(true), r.indicator().id() + " " + r.value());
            }
            Map<String, IndicatorResult> byId = all.stream().collect(Collectors.toMap(r -> r.indicator().id(), Function.identity()));
            assertFalse(byId.get("linked-dataset-months").value().isPresent(), "a mean of nothing is no value, not 0");
            assertFalse(byId.get("supported-projects-completed-share").value().isPresent(), "a share of nothing is no value");
            assertEquals("0", byId.get("transparency-register").value().orElseThrow().toPlainString());
        }
    }

    @Test
    void oneIndicatorById_orNone() {
        Indicators indicators = new Indicators(store, IndicatorDefinitions.bundled(), BASE + "producer/hdh", NOW);
        assertEquals("4", indicators.one("priority-databases-on-request").orElseThrow().value().orElseThrow().toPlainString());
        assertTrue(indicators.one("no-such-indicator").isEmpty());
    }

    private static void assertValue(String id, String expected) {
        IndicatorResult r = results.get(id);
        assertEquals(expected, r.value().map(BigDecimal::toPlainString).orElse(null), id);
    }

    /** Writes each graph of the fixture as a record; one without provenance gets the default ("tester", 2020). */
    private static void write(StoreWriter writer, String resource) {
        DatasetGraph fixture = DatasetGraphFactory.create();
        try (InputStream in = IndicatorsTest.class.getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fixture.listGraphNodes().forEachRemaining(name -> {
            Graph g = GraphFactory.createDefaultGraph();
            fixture.getGraph(name).find().forEachRemaining(g::add);
            boolean run = g.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/hdh-catalog/ns#HarvestRun"));
            if (!run && !g.contains(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode())) {
                Instant then = Instant.parse("2020-01-01T00:00:00Z");
                RecordProvenance.add(g, name.getURI(), new RecordSource("urn:test", "tester"),
                        NodeFactory.createURI(BASE + "agent/tester"), ContentHash.of(g), then, then,
                        RecordProvenance.STATUS_COMPLETED);
            }
            writer.write(() -> writer.replaceRecordGraph(name.getURI(), g));
        });
    }
}
