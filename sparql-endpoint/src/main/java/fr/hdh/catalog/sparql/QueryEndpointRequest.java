package fr.hdh.catalog.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A POST of an {@code application/sparql-query} body to the dataset URL ({@code /sparql}) routed to
 * Fuseki's named query service ({@code /sparql/query}). Fuseki 5.6 dispatches such a POST on the
 * dataset URL to the graph store service and answers 405, although the SPARQL 1.1 Protocol makes it
 * a query; the named service answers it correctly.
 */
final class QueryEndpointRequest extends HttpServletRequestWrapper {
    private static final String QUERY_SERVICE = "/query";

    private QueryEndpointRequest(HttpServletRequest request) {
        super(request);
    }

    /** The request itself when it already names a service, else the request aimed at the query service. */
    static HttpServletRequest of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(SparqlEndpoint.PATH) ? new QueryEndpointRequest(request) : request;
    }

    @Override
    public String getRequestURI() {
        return super.getRequestURI() + QUERY_SERVICE;
    }

    @Override
    public StringBuffer getRequestURL() {
        return super.getRequestURL().append(QUERY_SERVICE);
    }

    @Override
    public String getServletPath() {
        return super.getServletPath() + QUERY_SERVICE;
    }
}
