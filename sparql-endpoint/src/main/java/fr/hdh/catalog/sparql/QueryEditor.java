package fr.hdh.catalog.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page a browser gets at a bare {@code GET /sparql}: a query form. Pages are the web module's (its
 * templates, languages and response headers), so the endpoint only asks for one; an endpoint without an
 * editor answers browsers with the service description, as it answers everyone else.
 */
@FunctionalInterface
public interface QueryEditor {
    /** Answers {@code req} with the editor of the endpoint at {@code endpoint}. */
    void show(HttpServletRequest req, HttpServletResponse resp, String endpoint) throws IOException;
}
