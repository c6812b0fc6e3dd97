package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.ontologies.PROV;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Which source a record's quality is counted under, read from the record's own provenance
 * ({@code prov:wasAttributedTo}, {@code prov:wasDerivedFrom}), so it cannot drift from the records:
 * <ul>
 *   <li>agent {@code harvest-ID}: the harvest source {@code ID};</li>
 *   <li>agent {@value #DEMO_AGENT}: {@code demo}, the bundled demo content;</li>
 *   <li>derived from {@code api:…}: {@code producers}, what producers and curators write and publish through the API;</li>
 *   <li>anything else ({@code hdh import} of files, say): {@code import}.</li>
 * </ul>
 * By channel rather than by agent: a user's name is not a source a visitor compares, and the list on
 * {@code /quality} stays short and stable however many people write.
 */
public final class QualitySources {
    /** The agent records of harvest source {@code ID} are attributed to is this prefix followed by the ID. */
    public static final String HARVEST_AGENT_PREFIX = "harvest-";
    /** The agent the bundled demo content is attributed to. */
    public static final String DEMO_AGENT = "demo-loader";
    public static final String DEMO = "demo";
    public static final String PRODUCERS = "producers";
    public static final String IMPORT = "import";

    private QualitySources() {}

    /** The agent name of record {@code iri} in {@code stored} (its graph), if it has provenance. */
    static Optional<String> agent(CatalogIris iris, String iri, Graph stored) {
        String base = iris.agent("");
        return stored.find(RecordProvenance.recordNode(iri), PROV.wasAttributedTo.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI)
                .map(a -> a.startsWith(base) ? a.substring(base.length()) : a);
    }

    /** The source of record {@code iri} whose agent is {@code agent}. */
    static String of(String agent, String iri, Graph stored) {
        if (agent.startsWith(HARVEST_AGENT_PREFIX) && agent.length() > HARVEST_AGENT_PREFIX.length()) {
            return agent.substring(HARVEST_AGENT_PREFIX.length());
        }
        if (agent.equals(DEMO_AGENT)) {
            return DEMO;
        }
        boolean api = stored.find(RecordProvenance.recordNode(iri), PROV.wasDerivedFrom.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isURI).map(n -> n.getURI().startsWith("api:")).orElse(false);
        return api ? PRODUCERS : IMPORT;
    }
}
