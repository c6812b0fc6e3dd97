package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.ontologies.HDH;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms a run and its quality measurements are written with: W3C DQV, and our own terms for
 * what no standard names (the run's counts and rejections). The hdh terms are to be defined in
 * {@code hdh/ontology/hdh.ttl} with French and English labels.
 */
final class HarvestTerms {
    static final String DQV = "http://www.w3.org/ns/dqv#";

    static final Node QUALITY_MEASUREMENT = uri(DQV + "QualityMeasurement");
    static final Node METRIC = uri(DQV + "Metric");
    static final Node DIMENSION = uri(DQV + "Dimension");
    static final Node HAS_QUALITY_MEASUREMENT = uri(DQV + "hasQualityMeasurement");
    static final Node COMPUTED_ON = uri(DQV + "computedOn");
    static final Node IS_MEASUREMENT_OF = uri(DQV + "isMeasurementOf");
    static final Node VALUE = uri(DQV + "value");
    static final Node IN_DIMENSION = uri(DQV + "inDimension");

    static final Node HARVEST_RUN = hdh("HarvestRun");
    static final Node SOURCE_ID = hdh("harvestSource");
    static final Node SOURCE_TYPE = hdh("harvestSourceType");
    static final Node STATUS = hdh("runStatus");
    static final Node SEEN = hdh("recordsSeen");
    static final Node ADDED = hdh("recordsAdded");
    static final Node CHANGED = hdh("recordsChanged");
    static final Node UNCHANGED = hdh("recordsUnchanged");
    static final Node WITHDRAWN = hdh("recordsWithdrawn");
    static final Node REJECTED = hdh("recordsRejected");
    static final Node REPAIRED = hdh("recordsRepaired");
    static final Node WITH_DROPS = hdh("recordsWithDrops");
    static final Node AMENDMENT_COUNT = hdh("amendmentCount");
    static final Node AMENDMENT_TYPE = hdh("amendmentType");
    static final Node AMENDMENT_KIND = hdh("amendmentKind");
    static final Node COUNT = hdh("count");
    static final Node REJECTION = hdh("rejection");
    static final Node ITEM = hdh("rejectedItem");
    static final Node REASON = hdh("rejectionReason");
    static final Node MAX_POINTS = hdh("maxPoints");
    static final Node QUALITY_SCORE = hdh("mqaScore");

    private HarvestTerms() {}

    static Node hdh(String local) {
        return uri(HDH.NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
