package fr.hdh.catalog.harvest.run;

import static fr.hdh.catalog.harvest.run.HarvestTerms.*;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.ontologies.PROV;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The quality measurements of a source's datasets as W3C DQV, one graph per source, rewritten by each
 * run that changed something. Each dataset gets its total and one measurement per indicator, so a
 * producer sees which missing property costs how many points:
 * <pre>
 * &lt;dataset&gt; dqv:hasQualityMeasurement _:m .
 * _:m a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqaScore ;
 *     dqv:value 215 ; prov:wasGeneratedBy &lt;run&gt; .
 * _:k a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqa-keywords ; dqv:value 0 .
 * hdh:mqa-keywords a dqv:Metric ; dqv:inDimension hdh:mqa-findability ; hdh:maxPoints 30 .
 * </pre>
 */
final class QualityGraph {
    private QualityGraph() {}

    static Graph of(List<CatalogRecord> stored, String runIri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI(runIri);
        metrics(g);
        for (CatalogRecord record : stored) {
            record.content().find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())
                    .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).toList()
                    .forEach(dataset -> measure(g, record.content(), dataset, run));
        }
        return g;
    }

    /** The total score a dataset earns in its record. */
    static int score(Graph content, Node dataset) {
        int total = 0;
        for (QualityIndicator indicator : QualityIndicator.values()) {
            total += indicator.points(content, dataset);
        }
        return total;
    }

    private static void measure(Graph g, Graph content, Node dataset, Node run) {
        int total = 0;
        for (QualityIndicator indicator : QualityIndicator.values()) {
            int points = indicator.points(content, dataset);
            total += points;
            measurement(g, dataset, metric(indicator), points);
        }
        // The total is what the dataset links to and what says which run measured; each indicator's
        // measurement names its dataset (dqv:computedOn) and nothing more, which keeps the graph a third
        // smaller than repeating both on every one.
        Node score = measurement(g, dataset, QUALITY_SCORE, total);
        g.add(dataset, HAS_QUALITY_MEASUREMENT, score);
        g.add(score, PROV.wasGeneratedBy.asNode(), run);
    }

    private static Node measurement(Graph g, Node dataset, Node metric, int value) {
        Node m = NodeFactory.createBlankNode();
        g.add(m, RDF.type.asNode(), QUALITY_MEASUREMENT);
        g.add(m, COMPUTED_ON, dataset);
        g.add(m, IS_MEASUREMENT_OF, metric);
        g.add(m, VALUE, NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger));
        return m;
    }

    private static void metrics(Graph g) {
        g.add(QUALITY_SCORE, RDF.type.asNode(), METRIC);
        g.add(QUALITY_SCORE, RDFS.label.asNode(), NodeFactory.createLiteralLang("Metadata quality score (MQA-like)", "en"));
        g.add(QUALITY_SCORE, MAX_POINTS, integer(QualityIndicator.maxScore()));
        for (QualityIndicator.Dimension d : QualityIndicator.Dimension.values()) {
            g.add(dimension(d), RDF.type.asNode(), DIMENSION);
        }
        for (QualityIndicator i : QualityIndicator.values()) {
            Node metric = metric(i);
            g.add(metric, RDF.type.asNode(), METRIC);
            g.add(metric, IN_DIMENSION, dimension(i.dimension()));
            g.add(metric, MAX_POINTS, integer(i.maxPoints()));
        }
    }

    static Node metric(QualityIndicator indicator) {
        return hdh("mqa-" + indicator.localName());
    }

    private static Node dimension(QualityIndicator.Dimension d) {
        return hdh("mqa-" + d.name().toLowerCase(Locale.ROOT));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
