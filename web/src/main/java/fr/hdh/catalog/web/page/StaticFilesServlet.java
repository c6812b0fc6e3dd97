package fr.hdh.catalog.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the pages' static files under {@value #PATH}: the stylesheet ({@code hdh/web/hdh.css} on the
 * class path, followed by the bar widths' rules, {@link BarWidths}) and the script that enhances the
 * search boxes ({@code hdh/web/hdh.js}: completions as you type; the pages work without it) and the one that
 * draws the statistics' tables as charts ({@code hdh/web/hdh-charts.js}). Read once;
 * anything else under the path is a 404.
 */
public final class StaticFilesServlet extends HttpServlet {
    /** Where the files are served. */
    public static final String PATH = "/static";

    private record StaticFile(String contentType, byte[] bytes) {}

    private final transient Map<String, StaticFile> files;

    public StaticFilesServlet() {
        this.files = Map.of(
                "/hdh.css", new StaticFile("text/css;charset=utf-8", (read("hdh/web/hdh.css") + BarWidths.rules())
                        .getBytes(StandardCharsets.UTF_8)),
                "/hdh.js", new StaticFile("text/javascript;charset=utf-8", read("hdh/web/hdh.js").getBytes(StandardCharsets.UTF_8)),
                "/hdh-charts.js", new StaticFile("text/javascript;charset=utf-8", read("hdh/web/hdh-charts.js").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaticFile file = files.get(req.getPathInfo());
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(file.bytes().length);
        resp.getOutputStream().write(file.bytes());
    }

    private static String read(String resource) {
        try (InputStream in = StaticFilesServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Static file missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
