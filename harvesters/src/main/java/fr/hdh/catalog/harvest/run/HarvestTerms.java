package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.ontologies.HDH;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms a run is written with, for what no standard names (its counts and rejections), defined in
 * {@code hdh/ontology/hdh.ttl} with French and English labels. Quality has its own
 * ({@code core.quality.QualityTerms}).
 */
final class HarvestTerms {

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

    private HarvestTerms() {}

    static Node hdh(String local) {
        return uri(HDH.NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
