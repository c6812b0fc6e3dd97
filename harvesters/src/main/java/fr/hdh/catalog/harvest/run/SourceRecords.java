package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.quality.QualitySources;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.ontologies.PROV;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Which records came from a source, read from their own provenance: a harvested record is attributed
 * to the agent {@code <base>agent/harvest-ID}, so no index can drift from the records. A record later
 * rewritten by another source or by hand is attributed to that agent and no longer the source's.
 */
final class SourceRecords {
    private SourceRecords() {}

    /** The agent name records of source {@code sourceId} are attributed to. */
    static String agentName(String sourceId) {
        return QualitySources.HARVEST_AGENT_PREFIX + sourceId;
    }

    /**
     * Of {@code records}, those another harvest source brought from another place and still gives (not
     * withdrawn), with that source's agent IRI: a record belongs to the source that first brought it, so
     * two sources publishing the same IRI do not overwrite each other at every run. A source reading the
     * very document the record came from (a source removed and added again under another name) takes it over.
     */
    static Map<String, String> fromOtherSources(CatalogStore store, CatalogIris iris, String sourceId, List<CatalogRecord> records) {
        String own = iris.agent(agentName(sourceId));
        String harvests = iris.agent(agentName(""));
        Node attributed = PROV.wasAttributedTo.asNode();
        Node derived = PROV.wasDerivedFrom.asNode();
        return store.read(() -> {
            Map<String, String> others = new LinkedHashMap<>();
            for (CatalogRecord r : records) {
                String iri = r.iri();
                store.subjectIn(iri, RecordProvenance.recordNode(iri))
                        .filter(g -> !RecordProvenance.withdrawn(iri, g))
                        .filter(g -> !g.contains(Node.ANY, derived, NodeFactory.createURI(r.source().uri())))
                        .flatMap(g -> g.find(Node.ANY, attributed, Node.ANY).nextOptional())
                        .map(t -> t.getObject().getURI())
                        .filter(agent -> agent.startsWith(harvests) && !agent.equals(own))
                        .ifPresent(agent -> others.put(iri, agent));
            }
            return others;
        });
    }

    /** The IRIs of the records of {@code sourceId} that are not withdrawn. */
    static Set<String> current(CatalogStore store, CatalogIris iris, String sourceId) {
        Node agent = NodeFactory.createURI(iris.agent(agentName(sourceId)));
        return store.read(() -> {
            Set<String> found = new LinkedHashSet<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query(HarvestQueries.SOURCE_RECORDS.query())
                    .substitution("agent", agent)
                    .build()) {
                exec.select().forEachRemaining(row -> found.add(row.get("record").getURI()));
            }
            return found;
        });
    }
}
