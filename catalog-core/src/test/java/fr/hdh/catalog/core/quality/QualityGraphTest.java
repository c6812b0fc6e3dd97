package fr.hdh.catalog.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.ontologies.PROV;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The DQV measurement of one dataset: a total and the indicators that cost points, under IRIs that do not change. */
class QualityGraphTest {
    private static final String GRAPH = "http://test.example/harvest/quality/s";
    private static final Node DATASET = NodeFactory.createURI("http://test.example/dataset/d");

    @Test
    void theTotalAndEachIndicatorThatCostsPointsAreMeasuredUnderStableIris() {
        QualityGraph.Measurement m = QualityGraph.measure(content(false), DATASET, AsPublishedConformance.CONFORMED);
        Graph g = graph(QualityGraph.triples(GRAPH, DATASET, m, NodeFactory.createURI("urn:run:1")));

        List<Node> measurements = g.find(Node.ANY, QualityTerms.COMPUTED_ON, DATASET).mapWith(Triple::getSubject).toList();
        assertEquals(m.shortfalls().size() + 1, measurements.size());
        assertTrue(m.shortfalls().size() < QualityIndicator.values().length, "themes and conformance earn all their points");
        measurements.forEach(x -> assertTrue(x.isURI() && x.getURI().startsWith(GRAPH + "/"), x.toString()));
        // typed, as data.europa.eu's MQA publishes them: a query for a dataset's measurements needs no inference
        measurements.forEach(x -> assertTrue(g.contains(x, RDF.type.asNode(), QualityTerms.QUALITY_MEASUREMENT), x.toString()));
        Node keywords = NodeFactory.createURI(GRAPH + "/" + QualityGraph.digest(DATASET.getURI()) + "/keywords");
        assertTrue(g.contains(keywords, QualityTerms.IS_MEASUREMENT_OF, QualityGraph.metric(QualityIndicator.KEYWORDS)));
        Node themes = NodeFactory.createURI(GRAPH + "/" + QualityGraph.digest(DATASET.getURI()) + "/themes");
        assertTrue(g.find(themes, Node.ANY, Node.ANY).toList().isEmpty(), "an indicator at its maximum is implied, not written");
        Node score = g.find(DATASET, QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY).next().getObject();
        assertTrue(g.contains(score, PROV.wasGeneratedBy.asNode(), NodeFactory.createURI("urn:run:1")));
        assertEquals(6 + 4 * m.shortfalls().size(), g.size());
    }

    @Test
    void whatIsStoredReadsBackAsTheSameMeasurementWithItsActivity() {
        QualityGraph.Measurement m = QualityGraph.measure(content(true), DATASET, AsPublishedConformance.CONFORMED);
        Graph g = graph(QualityGraph.triples(GRAPH, DATASET, m, NodeFactory.createURI("urn:run:1")));

        QualityGraph.Stored stored = QualityGraph.stored(g, GRAPH, DATASET).orElseThrow();

        assertEquals(m, stored.measurement());
        assertEquals("urn:run:1", stored.activity().orElseThrow().getURI());
        assertEquals(g.size(), QualityGraph.storedTriples(g, DATASET).size());
        assertEquals(30, m.total() - QualityGraph.measure(content(false), DATASET, AsPublishedConformance.CONFORMED).total(), "keywords are worth 30 points");
    }

    private static Graph graph(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    private static Graph content(boolean withKeyword) {
        Graph content = GraphFactory.createDefaultGraph();
        content.add(DATASET, RDF.type.asNode(), DCAT.Dataset.asNode());
        content.add(DATASET, DCAT.theme.asNode(), NodeFactory.createURI("http://test.example/theme/t"));
        if (withKeyword) {
            content.add(DATASET, DCAT.keyword.asNode(), NodeFactory.createLiteralString("santé"));
        }
        return content;
    }
}
