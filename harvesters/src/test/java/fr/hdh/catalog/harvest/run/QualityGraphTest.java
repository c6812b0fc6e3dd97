package fr.hdh.catalog.harvest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.PROV;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The DQV graph: one measurement per indicator and a total, under IRIs that do not change from run to run. */
class QualityGraphTest {
    private static final String GRAPH = "http://test.example/harvest/quality/s";
    private static final Node DATASET = NodeFactory.createURI("http://test.example/dataset/d");

    @Test
    void eachIndicatorIsMeasuredUnderAStableIriAndTheTotalNamesItsRun() {
        Graph g = QualityGraph.of(List.of(dataset(false)), GRAPH, "urn:run:1", GraphFactory.createDefaultGraph());

        List<Node> measurements = g.find(Node.ANY, HarvestTerms.COMPUTED_ON, DATASET).mapWith(t -> t.getSubject()).toList();
        assertEquals(QualityIndicator.values().length + 1, measurements.size());
        measurements.forEach(m -> assertTrue(m.isURI() && m.getURI().startsWith(GRAPH + "/"), m.toString()));
        // typed, as data.europa.eu's MQA publishes them: a query for a dataset's measurements needs no inference
        measurements.forEach(m -> assertTrue(g.contains(m, RDF.type.asNode(), HarvestTerms.QUALITY_MEASUREMENT), m.toString()));
        Node keywords = NodeFactory.createURI(GRAPH + "/" + QualityGraph.digest(DATASET.getURI()) + "/keywords");
        assertTrue(g.contains(keywords, HarvestTerms.IS_MEASUREMENT_OF, QualityGraph.metric(QualityIndicator.KEYWORDS)));
        assertTrue(g.contains(keywords, HarvestTerms.VALUE, Node.ANY));
        Node score = g.find(DATASET, HarvestTerms.HAS_QUALITY_MEASUREMENT, Node.ANY).next().getObject();
        assertTrue(g.contains(score, RDF.type.asNode(), HarvestTerms.QUALITY_MEASUREMENT));
        assertTrue(g.contains(score, PROV.wasGeneratedBy.asNode(), NodeFactory.createURI("urn:run:1")));
        assertEquals(g.size(), QualityGraph.of(List.of(dataset(false)), GRAPH, "urn:run:1", g).size());
    }

    @Test
    void theSameResultsGiveTheSameGraphWithTheFirstRunAndOtherResultsTheNewRun() {
        Graph first = QualityGraph.of(List.of(dataset(false)), GRAPH, "urn:run:1", GraphFactory.createDefaultGraph());

        Graph same = QualityGraph.of(List.of(dataset(false)), GRAPH, "urn:run:2", first);
        Graph better = QualityGraph.of(List.of(dataset(true)), GRAPH, "urn:run:3", first);

        assertTrue(same.isIsomorphicWith(first) && same.find().toSet().equals(first.find().toSet()));
        assertTrue(better.contains(Node.ANY, PROV.wasGeneratedBy.asNode(), NodeFactory.createURI("urn:run:3")));
        assertEquals(first.size(), better.size());
    }

    private static CatalogRecord dataset(boolean withKeyword) {
        Graph content = GraphFactory.createDefaultGraph();
        content.add(DATASET, RDF.type.asNode(), DCAT.Dataset.asNode());
        content.add(DATASET, DCAT.theme.asNode(), NodeFactory.createURI("http://test.example/theme/t"));
        if (withKeyword) {
            content.add(DATASET, DCAT.keyword.asNode(), NodeFactory.createLiteralString("santé"));
        }
        return new CatalogRecord(DATASET.getURI(), RecordKind.DATASET, content, new RecordSource("urn:src", "test"));
    }
}
