package fr.hdh.catalog.sparql;

import fr.hdh.catalog.sparql.federation.ServiceRefusal;
import fr.hdh.catalog.sparql.federation.ServiceRefusedException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * Fuseki's query operation with the public endpoint's protections. The timeout is set on each public
 * query, not on the store's context, so the catalogue's own queries (statistics, the DCAT API) are not
 * cut by it. The result cap: a SELECT, CONSTRUCT or DESCRIBE without a {@code LIMIT}, or with one
 * above the cap, runs with {@code LIMIT cap}, and the response carries {@value #CAP_HEADER} so the
 * client knows the answer may be cut. ASK is left alone. {@code SERVICE}: a query naming an endpoint
 * that is not a partner is refused with a 400 before it runs ({@link ServiceRefusal}), and the query
 * runs with {@code services} as its only service executor, which checks endpoints bound at run time.
 */
final class PublicQueryProcessor extends SPARQL_QueryDataset {
    /** Set on a response whose query was limited by the cap; its value is the cap. */
    static final String CAP_HEADER = "X-Result-Cap";

    private final SparqlSettings settings;
    private final ServiceExecutorRegistry services;

    PublicQueryProcessor(SparqlSettings settings, ServiceExecutorRegistry services) {
        this.settings = settings;
        this.services = services;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ServiceRefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        ServiceRefusal.of(query, settings.partners()).ifPresent(ServletOps::errorBadRequest);
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
                .set(ARQConstants.registryServiceExecutors, services)
                .overallTimeout(settings.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}
