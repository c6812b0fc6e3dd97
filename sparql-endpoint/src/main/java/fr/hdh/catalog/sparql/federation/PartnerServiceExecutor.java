package fr.hdh.catalog.sparql.federation;

import fr.hdh.catalog.core.net.Fetcher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.web.HttpSC;

/**
 * The only way a query on this store reaches another endpoint. Each {@code SERVICE} call, once its
 * endpoint is known (written in the query or bound to a variable), is checked against the partner
 * endpoints — a refusal ({@link ServiceRefusedException}) names the endpoint, before any connection,
 * {@code SILENT} or not —
 * and an allowed call is sent through the server's one door ({@link Fetcher}: address policy, deadline,
 * size cap) as a SPARQL 1.1 Protocol POST. Jena's own HTTP service executor is never in the chain.
 */
public final class PartnerServiceExecutor implements ChainingServiceExecutor {
    private static final String ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9";

    private final PartnerEndpoints partners;
    private final Fetcher door;

    public PartnerServiceExecutor(PartnerEndpoints partners, Fetcher door) {
        this.partners = partners;
        this.door = door;
    }

    /** A registry holding this executor alone, to put in a query's context. */
    public ServiceExecutorRegistry registry() {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addSingleLink(this);
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
        if (endpoint == null) {
            throw new ServiceRefusedException("SERVICE " + opExecute.getService() + " is refused: its endpoint is not "
                    + "an IRI. No connection was made.");
        }
        if (!partners.allows(endpoint)) {
            throw new ServiceRefusedException(ServiceRefusal.message(endpoint, partners));
        }
        try {
            List<Binding> rows = call(endpoint, OpAsQuery.asQuery(opExecute.getSubOp()));
            return new QueryIterCommonParent(QueryIterPlainWrapper.create(rows.iterator(), execCxt), binding, execCxt);
        } catch (Fetcher.FetchException | org.apache.jena.riot.RiotException e) {
            if (opExecute.getSilent()) {
                Log.warn(this, "SERVICE SILENT <" + endpoint + ">: " + e.getMessage());
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw new ActionErrorException(HttpSC.BAD_GATEWAY_502, "SERVICE <" + endpoint + "> failed: " + e.getMessage(), e);
        }
    }

    private List<Binding> call(String endpoint, Query query) {
        byte[] form = ("query=" + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Fetcher.Fetched answer = door.post(URI.create(endpoint), "application/x-www-form-urlencoded", form, ACCEPT);
        Lang lang = resultsLang(endpoint, answer.contentType());
        RowSet rows = RowSetReaderRegistry.getFactory(lang).create(lang)
                .read(new ByteArrayInputStream(answer.body()), null);
        List<Binding> bindings = new ArrayList<>();
        rows.forEachRemaining(bindings::add);
        return bindings;
    }

    private static Lang resultsLang(String endpoint, String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (lang == null || !ResultSetLang.isRegistered(lang) || lang.equals(ResultSetLang.RS_Thrift)) {
            throw new Fetcher.FetchException(endpoint + " answered '" + contentType + "', not SPARQL results", null);
        }
        return lang;
    }
}
