package fr.hdh.catalog.harvest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** What the pages read back from the quality graphs: one dataset's measurements, and each source's summary. */
class StoredQualityTest {
    private static final CatalogIris IRIS = new CatalogIris("http://test.example/");

    @Test
    void aDatasetReadsBackItsScoreAndWhatLowersIt() {
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory(IRIS.base()), ReferenceLookup.NONE)) {
            CatalogStore store = catalog.store();
            QualityGraph.write(catalog.records(), QualityGraph.iri(IRIS, "s"), List.of(dataset("a", true), dataset("b", false)), "urn:run:1");

            DatasetQuality a = StoredQuality.dataset(store, IRIS.dataset("a")).orElseThrow();
            DatasetQuality b = StoredQuality.dataset(store, IRIS.dataset("b")).orElseThrow();
            assertEquals(QualityIndicator.maxScore(), a.maxScore());
            assertEquals(30, a.score() - b.score(), "the keywords are worth 30 points");
            assertEquals(a.indicators().stream().mapToInt(DatasetQuality.Indicator::points).sum(), a.score());
            assertTrue(b.shortfalls().stream().anyMatch(i -> i.labelEn().equals("Keywords") && i.points() == 0));
            assertTrue(a.shortfalls().stream().noneMatch(i -> i.labelEn().equals("Keywords")));
            assertEquals("urn:run:1", a.run().orElseThrow());
            assertTrue(StoredQuality.dataset(store, IRIS.dataset("never-measured")).isEmpty());
        }
    }

    @Test
    void eachSourceSumsUpItsDatasetsScoresAndTheIndicatorsThatCostPoints() {
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory(IRIS.base()), ReferenceLookup.NONE)) {
            CatalogStore store = catalog.store();
            QualityGraph.write(catalog.records(), QualityGraph.iri(IRIS, "s"), List.of(dataset("a", true), dataset("b", false),
                    dataset("c", false)), "urn:run:1");
            QualityGraph.write(catalog.records(), QualityGraph.iri(IRIS, "t"), List.of(dataset("d", true)), "urn:run:2");

            List<QualitySummary> sources = StoredQuality.sources(store, IRIS);
            assertEquals(List.of("s", "t"), sources.stream().map(QualitySummary::sourceId).toList());
            QualitySummary s = sources.get(0);
            assertEquals(3, s.datasets());
            assertEquals(3, s.bands().stream().mapToLong(Long::longValue).sum());
            int withKeywords = StoredQuality.dataset(store, IRIS.dataset("a")).orElseThrow().score();
            assertEquals((withKeywords + 2.0 * (withKeywords - 30)) / 3, s.meanScore(), 1e-9);
            assertEquals(2, s.shortfalls().stream().filter(f -> f.labelEn().equals("Keywords")).findFirst()
                    .orElseThrow().datasets());
            assertTrue(sources.get(1).shortfalls().stream().noneMatch(f -> f.labelEn().equals("Keywords")));
        }
    }

    private static CatalogRecord dataset(String id, boolean withKeyword) {
        Node d = NodeFactory.createURI(IRIS.dataset(id));
        Graph content = GraphFactory.createDefaultGraph();
        content.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        content.add(d, DCTerms.publisher.asNode(), NodeFactory.createURI("http://test.example/producer/p"));
        if (withKeyword) {
            content.add(d, DCAT.keyword.asNode(), NodeFactory.createLiteralLang("santé", "fr"));
        }
        return new CatalogRecord(d.getURI(), RecordKind.DATASET, content, new RecordSource("urn:src", "test"));
    }
}
