package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.ontologies.HDH;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms quality is written with: W3C DQV, and ours for what DQV does not name (a metric's maximum,
 * the total score, a source's tally), defined in {@code hdh/ontology/hdh.ttl} with French and English labels.
 */
public final class QualityTerms {
    public static final String DQV = "http://www.w3.org/ns/dqv#";

    public static final Node QUALITY_MEASUREMENT = uri(DQV + "QualityMeasurement");
    public static final Node METRIC = uri(DQV + "Metric");
    public static final Node DIMENSION = uri(DQV + "Dimension");
    public static final Node HAS_QUALITY_MEASUREMENT = uri(DQV + "hasQualityMeasurement");
    public static final Node COMPUTED_ON = uri(DQV + "computedOn");
    public static final Node IS_MEASUREMENT_OF = uri(DQV + "isMeasurementOf");
    public static final Node VALUE = uri(DQV + "value");
    public static final Node IN_DIMENSION = uri(DQV + "inDimension");

    public static final Node MAX_POINTS = hdh("maxPoints");
    public static final Node QUALITY_SCORE = hdh("mqaScore");
    public static final Node QUALITY_TALLY = hdh("QualityTally");
    public static final Node DATASET_COUNT = hdh("datasetCount");
    public static final Node POINTS_EARNED = hdh("pointsEarned");

    private QualityTerms() {}

    static Node hdh(String local) {
        return uri(HDH.NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
