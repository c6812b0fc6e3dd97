package fr.hdh.catalog.sparql;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with the public endpoint's protections. The timeout is set on each public
 * query, not on the store's context, so the catalogue's own queries (statistics, the DCAT API) are not
 * cut by it. The result cap: a SELECT, CONSTRUCT or DESCRIBE without a {@code LIMIT}, or with one
 * above the cap, runs with {@code LIMIT cap}, and the response carries {@value #CAP_HEADER} so the
 * client knows the answer may be cut. ASK is left alone.
 */
final class PublicQueryProcessor extends SPARQL_QueryDataset {
    /** Set on a response whose query was limited by the cap; its value is the cap. */
    static final String CAP_HEADER = "X-Result-Cap";

    private final SparqlSettings settings;

    PublicQueryProcessor(SparqlSettings settings) {
        this.settings = settings;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        long cap = settings.resultCap();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= cap)) {
            return decided;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.getResponse().setHeader(CAP_HEADER, Long.toString(cap));
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(settings.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}
