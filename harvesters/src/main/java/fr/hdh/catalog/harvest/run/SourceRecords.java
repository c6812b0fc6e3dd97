package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.quality.QualitySources;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.LinkedHashSet;
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
