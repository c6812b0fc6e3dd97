package fr.hdh.catalog.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The door of the public endpoint, in front of Fuseki. Refuses every write with a 403 and a plain
 * message (Fuseki would answer a SPARQL Update with a bare 400 since no update service is registered);
 * answers 406 listing the supported types when {@code Accept} matches none; and answers a bare
 * {@code GET /sparql} (no query) with the service description in Turtle, or the {@link QueryEditor} for a
 * browser. Everything else goes on to Fuseki unchanged.
 */
final class PublicSparqlFilter extends HttpFilter {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUERY_BODY = "application/sparql-query";

    private final ServiceDescription description;
    private final Optional<QueryEditor> editor;

    PublicSparqlFilter(ServiceDescription description, Optional<QueryEditor> editor) {
        this.description = description;
        this.editor = editor;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        switch (method) {
            case "GET", "HEAD" -> get(req, resp, chain);
            case "POST" -> post(req, resp, chain);
            case "OPTIONS" -> chain.doFilter(req, resp);
            default -> refuse(resp, "Graph Store writes (" + method + ") are not allowed on the public SPARQL "
                    + "endpoint: it is read-only.");
        }
    }

    private void get(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getParameter("update") != null) {
            refuse(resp, updateRefusal());
        } else if (req.getQueryString() == null || req.getQueryString().isBlank() || onlyLanguage(req)) {
            describe(req, resp);
        } else {
            negotiated(req, resp, chain);
        }
    }

    private void post(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String type = contentType(req);
        if (type.equals("application/sparql-update")) {
            refuse(resp, updateRefusal());
        } else if (type.equals(FORM) && req.getParameter("update") != null) {
            refuse(resp, updateRefusal());
        } else if (type.equals(FORM)) {
            negotiated(req, resp, chain);
        } else if (type.equals(QUERY_BODY)) {
            negotiated(QueryEndpointRequest.of(req), resp, chain);
        } else {
            refuse(resp, "POST with Content-Type '" + type + "' would be a Graph Store write, which the public "
                    + "SPARQL endpoint does not allow. Send a query as " + QUERY_BODY + " or " + FORM + ".");
        }
    }

    private void negotiated(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!SparqlMediaTypes.acceptable(req.getHeader("Accept"))) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: '" + req.getHeader("Accept")
                    + "'. This endpoint answers " + SparqlMediaTypes.supportedList() + ".");
            return;
        }
        chain.doFilter(req, resp);
    }

    private void describe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String endpoint = req.getRequestURL().toString();
        if (editor.isPresent() && prefersHtml(req.getHeader("Accept"))) {
            editor.get().show(req, resp, endpoint);
        } else {
            resp.setContentType("text/turtle;charset=utf-8");
            String root = endpoint.substring(0, endpoint.length() - req.getRequestURI().length()) + req.getContextPath();
            description.write(endpoint, root + VoidServlet.PATH, resp.getOutputStream());
        }
    }

    /**
     * A request whose only parameter is {@code lang}: the pages' language switch on the editor
     * ({@code /sparql?lang=en}), which asks for the editor (or the description), not for a query.
     */
    private static boolean onlyLanguage(HttpServletRequest req) {
        return req.getParameterMap().keySet().equals(java.util.Set.of("lang"));
    }

    private static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        MediaType best = AcceptList.match(new AcceptList(accept), AcceptList.create("text/turtle", "text/html"));
        return best != null && "html".equals(best.getSubType());
    }

    private static String updateRefusal() {
        return "SPARQL Update is not allowed on the public SPARQL endpoint: it is read-only, and nothing was changed.";
    }

    private static String contentType(HttpServletRequest req) {
        String type = req.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        plain(resp, HttpServletResponse.SC_FORBIDDEN, message);
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
