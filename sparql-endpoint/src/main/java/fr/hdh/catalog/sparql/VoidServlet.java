package fr.hdh.catalog.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** {@code GET /.well-known/void}: the VoID description of the served data, in Turtle (RFC 5785 well-known path). */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final transient VoidDescription description;

    VoidServlet(VoidDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String url = req.getRequestURL().toString();
        String root = url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
        resp.setContentType("text/turtle;charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        RDFDataMgr.write(resp.getOutputStream(), description.graph(root + PATH, root + SparqlEndpoint.PATH),
                RDFFormat.TURTLE_PRETTY);
    }
}
