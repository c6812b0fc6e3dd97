package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.store.CatalogStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Reads the stored runs back, newest first, optionally of one source. The number returned is capped.
 *
 * <pre>
 * List&lt;RunReport&gt; last = new RunLog(catalog.store()).runs(Optional.of("data-gouv"), 20);
 * </pre>
 */
public final class RunLog {
    /** The most runs one call returns. */
    public static final int MAX_RUNS = 500;

    private final CatalogStore store;

    public RunLog(CatalogStore store) {
        this.store = store;
    }

    public List<RunReport> runs(Optional<String> sourceId, int limit) {
        Query query = HarvestQueries.RUNS.query();
        query.setLimit(Math.max(1, Math.min(limit, MAX_RUNS)));
        return store.read(() -> {
            List<String> iris = new ArrayList<>();
            var builder = QueryExec.dataset(store.datasetGraph()).query(query);
            sourceId.ifPresent(id -> builder.substitution("sourceId", NodeFactory.createLiteralString(id)));
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(row -> iris.add(row.get("run").getURI()));
            }
            List<RunReport> runs = new ArrayList<>();
            for (String iri : iris) {
                store.recordGraph(iri).ifPresent(g -> runs.add(RunGraph.read(iri, g)));
            }
            return runs;
        });
    }
}
