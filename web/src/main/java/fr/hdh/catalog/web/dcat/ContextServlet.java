package fr.hdh.catalog.web.dcat;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** {@code GET /context.jsonld}: the JSON-LD context the API's JSON-LD is compacted with. */
final class ContextServlet extends HttpServlet {
    private final transient JsonLdContext context;

    ContextServlet(JsonLdContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/ld+json;charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Cache-Control", "public, max-age=86400");
        try (var writer = Json.createWriterFactory(Map.of("jakarta.json.stream.JsonGenerator.prettyPrinting", true))
                .createWriter(resp.getOutputStream())) {
            writer.write(context.document());
        }
    }
}
