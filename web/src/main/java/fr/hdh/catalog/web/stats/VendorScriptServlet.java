package fr.hdh.catalog.web.stats;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves Apache ECharts ({@value #PATH}) from its webjar on the class path ({@code org.webjars.npm:echarts}),
 * so the statistics page loads nothing from elsewhere and stays under {@code script-src 'self'}. The
 * address holds the version, so a browser may keep the file a year without asking again; a new version
 * is a new address. Read once, when the server starts: a webjar missing from the class path stops it.
 */
public final class VendorScriptServlet extends HttpServlet {
    /** The ECharts version, as in the parent pom and in the webjar's folders. */
    public static final String ECHARTS_VERSION = "5.3.1";
    /** Where the script is served. */
    public static final String PATH = "/static/vendor/echarts/" + ECHARTS_VERSION + "/echarts.min.js";
    static final String CONTENT_TYPE = "text/javascript;charset=utf-8";
    /** A year, and never revalidated: the address changes with the version. */
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final String RESOURCE = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    private final transient byte[] script;

    public VendorScriptServlet() {
        try (InputStream in = VendorScriptServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ECharts missing from the class path: " + RESOURCE
                        + " (the webjar org.webjars.npm:echarts:" + ECHARTS_VERSION + ")");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(CONTENT_TYPE);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setContentLength(script.length);
        resp.getOutputStream().write(script);
    }
}
