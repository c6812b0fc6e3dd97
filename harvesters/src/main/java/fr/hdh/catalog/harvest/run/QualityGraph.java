package fr.hdh.catalog.harvest.run;

import static fr.hdh.catalog.harvest.run.HarvestTerms.*;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.ontologies.PROV;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * The quality measurements of a source's datasets as W3C DQV, one graph per source. Each dataset gets
 * its total and one measurement per indicator, so a producer sees which missing property costs how
 * many points:
 * <pre>
 * &lt;dataset&gt; dqv:hasQualityMeasurement &lt;Q/h/score&gt; .
 * &lt;Q/h/score&gt; a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqaScore ;
 *     dqv:value 215 ; prov:wasGeneratedBy &lt;run&gt; .
 * &lt;Q/h/keywords&gt; a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqa-keywords ;
 *     dqv:value 0 .
 * hdh:mqa-keywords a dqv:Metric ; dqv:inDimension hdh:mqa-findability ; hdh:maxPoints 30 .
 * </pre>
 * where {@code Q} is the quality graph's IRI and {@code h} a digest of the dataset's IRI. The IRIs are
 * stable: a dataset measured again with the same results gives the very same triples, so a run writes
 * only the measurements that changed (and keeps the run that produced the others). Every measurement is
 * typed {@code dqv:QualityMeasurement}, as data.europa.eu's MQA publishes them, so a query for the
 * measurements of a dataset finds them without RDFS inference.
 */
public final class QualityGraph {
    private static final String TOTAL = "score";

    private QualityGraph() {}

    /** The IRI of the quality graph of a source's datasets (a harvest source, or {@code demo}). */
    public static String iri(CatalogIris iris, String sourceId) {
        return iris.base() + "harvest/quality/" + sourceId;
    }

    /**
     * Measures the datasets of {@code stored} and writes, through the one writer, what differs from the
     * quality graph {@code graphIri} as stored, in one transaction; new measurements name activity {@code runIri}.
     */
    public static void write(RecordService records, String graphIri, List<CatalogRecord> stored, String runIri) {
        records.updateDerived(graphIri, previous -> of(stored, graphIri, runIri, previous));
    }

    /**
     * The quality graph {@code graphIri} of the {@code stored} records, as measured by run {@code runIri};
     * a dataset whose measurements are those of {@code previous} (the graph as stored) keeps the run
     * that measured it first.
     */
    static Graph of(List<CatalogRecord> stored, String graphIri, String runIri, Graph previous) {
        Graph g = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI(runIri);
        metrics(g);
        for (CatalogRecord record : stored) {
            record.content().find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())
                    .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).toList()
                    .forEach(dataset -> measure(g, record.content(), graphIri, dataset, run, previous));
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

    private static void measure(Graph g, Graph content, String graphIri, Node dataset, Node run, Graph previous) {
        String prefix = graphIri + "/" + digest(dataset.getURI()) + "/";
        QualityIndicator[] indicators = QualityIndicator.values();
        Node[] values = new Node[indicators.length];
        boolean unchanged = true;
        int total = 0;
        for (int i = 0; i < indicators.length; i++) {
            int points = indicators[i].points(content, dataset);
            total += points;
            values[i] = integer(points);
            Node m = NodeFactory.createURI(prefix + indicators[i].localName());
            g.add(m, RDF.type.asNode(), QUALITY_MEASUREMENT);
            g.add(m, COMPUTED_ON, dataset);
            g.add(m, IS_MEASUREMENT_OF, metric(indicators[i]));
            g.add(m, VALUE, values[i]);
            unchanged &= previous.contains(m, VALUE, values[i]);
        }
        // The total is what the dataset links to and what says which run measured.
        Node score = NodeFactory.createURI(prefix + TOTAL);
        Node totalValue = integer(total);
        g.add(dataset, HAS_QUALITY_MEASUREMENT, score);
        g.add(score, RDF.type.asNode(), QUALITY_MEASUREMENT);
        g.add(score, COMPUTED_ON, dataset);
        g.add(score, IS_MEASUREMENT_OF, QUALITY_SCORE);
        g.add(score, VALUE, totalValue);
        Node measuredBy = run;
        if (unchanged && previous.contains(score, VALUE, totalValue)) {
            measuredBy = previous.find(score, PROV.wasGeneratedBy.asNode(), Node.ANY).nextOptional()
                    .map(t -> t.getObject()).orElse(run);
        }
        g.add(score, PROV.wasGeneratedBy.asNode(), measuredBy);
    }

    private static void metrics(Graph g) {
        g.add(QUALITY_SCORE, RDF.type.asNode(), METRIC);
        g.add(QUALITY_SCORE, RDFS.label.asNode(), NodeFactory.createLiteralLang("Metadata quality score (MQA-like)", "en"));
        g.add(QUALITY_SCORE, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Score de qualité des métadonnées (à la MQA)", "fr"));
        g.add(QUALITY_SCORE, MAX_POINTS, integer(QualityIndicator.maxScore()));
        for (QualityIndicator.Dimension d : QualityIndicator.Dimension.values()) {
            g.add(dimension(d), RDF.type.asNode(), DIMENSION);
            labels(g, dimension(d), d.labelFr, d.labelEn);
        }
        for (QualityIndicator i : QualityIndicator.values()) {
            Node metric = metric(i);
            g.add(metric, RDF.type.asNode(), METRIC);
            labels(g, metric, i.labelFr, i.labelEn);
            g.add(metric, IN_DIMENSION, dimension(i.dimension()));
            g.add(metric, MAX_POINTS, integer(i.maxPoints()));
        }
    }

    private static void labels(Graph g, Node node, String fr, String en) {
        g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(fr, "fr"));
        g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en"));
    }

    static Node metric(QualityIndicator indicator) {
        return hdh("mqa-" + indicator.localName());
    }

    private static Node dimension(QualityIndicator.Dimension d) {
        return hdh("mqa-" + d.name().toLowerCase(Locale.ROOT));
    }

    /** 16 hex digits of the SHA-256 of a dataset's IRI: short, stable, and unique enough within a source. */
    static String digest(String iri) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
