package fr.hdh.catalog.sparql.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Checks a query's {@code SERVICE} clauses before it runs: an endpoint written in the query (with or
 * without {@code SILENT}) that is not a partner is named in a refusal. An endpoint given by a variable
 * is checked when it is bound, by {@link PartnerServiceExecutor}, also before any connection.
 */
public final class ServiceRefusal {
    private ServiceRefusal() {}

    /** Why {@code query} may not run, or empty when every endpoint it names is a partner. */
    public static Optional<String> of(Query query, PartnerEndpoints partners) {
        List<String> refused = new ArrayList<>();
        Op op = Algebra.compile(query);
        // With an expression visitor the walk also enters EXISTS and NOT EXISTS patterns.
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (endpoint.isURI() && !partners.allows(endpoint.getURI())) {
                    refused.add(endpoint.getURI());
                }
            }
        }, new ExprVisitorBase());
        return refused.isEmpty() ? Optional.empty() : Optional.of(message(refused.get(0), partners));
    }

    /** The refusal of one endpoint, naming it and what is allowed. */
    public static String message(String endpoint, PartnerEndpoints partners) {
        return "SERVICE <" + endpoint + "> is refused: this endpoint only calls the partner SPARQL endpoints its "
                + "operator configured (" + (partners.endpoints().isEmpty() ? "none"
                : String.join(", ", partners.endpoints().stream().sorted().toList()))
                + "). No connection was made.";
    }
}
