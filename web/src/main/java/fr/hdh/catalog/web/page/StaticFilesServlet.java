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
 * draws the statistics' tables as charts ({@code hdh/web/hdh-charts.js}), cached an hour; and Apache ECharts
 * ({@link #ECHARTS}) from its webjar ({@code org.webjars.npm:echarts}), so no page loads anything from elsewhere:
 * its address holds the version, so a browser keeps it a year without asking again. Read once, when the server
 * starts (a webjar missing from the class path stops it); anything else under the path is a 404.
 */
public final class StaticFilesServlet extends HttpServlet {
    /** Where the files are served. */
    public static final String PATH = "/static";
    /** The ECharts version, as in the parent pom and in the webjar's folders. */
    public static final String ECHARTS_VERSION = "5.3.1";
    /** Where ECharts is served. */
    public static final String ECHARTS = PATH + "/vendor/echarts/" + ECHARTS_VERSION + "/echarts.min.js";
    private static final String JS = "text/javascript;charset=utf-8";
    private static final String AN_HOUR = "public, max-age=3600";
    /** A year, never revalidated: a versioned address changes with the version. */
    private static final String FOR_GOOD = "public, max-age=31536000, immutable";

    private record StaticFile(String contentType, String cacheControl, byte[] bytes) {}

    private final transient Map<String, StaticFile> files;

    public StaticFilesServlet() {
        this.files = Map.of(
                "/hdh.css", new StaticFile("text/css;charset=utf-8", AN_HOUR, (text("hdh/web/hdh.css") + BarWidths.rules())
                        .getBytes(StandardCharsets.UTF_8)),
                "/hdh.js", new StaticFile(JS, AN_HOUR, read("hdh/web/hdh.js")),
                "/hdh-charts.js", new StaticFile(JS, AN_HOUR, read("hdh/web/hdh-charts.js")),
                ECHARTS.substring(PATH.length()), new StaticFile(JS, FOR_GOOD,
                        read("META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js")));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaticFile file = files.get(req.getPathInfo());
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setHeader("Cache-Control", file.cacheControl());
        resp.setContentLength(file.bytes().length);
        resp.getOutputStream().write(file.bytes());
    }

    private static String text(String resource) {
        return new String(read(resource), StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticFilesServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Static file missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
