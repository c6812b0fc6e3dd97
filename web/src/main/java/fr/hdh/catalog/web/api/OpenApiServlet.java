package fr.hdh.catalog.web.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of the API, written by hand beside the
 * resources ({@code hdh/openapi.json}); a test checks that it lists every resource method.
 */
public final class OpenApiServlet extends HttpServlet {
    /** Where the document is served. */
    public static final String PATH = "/openapi.json";
    static final String RESOURCE = "/hdh/openapi.json";

    private final byte[] document;

    public OpenApiServlet() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.getOutputStream().write(document);
    }
}
