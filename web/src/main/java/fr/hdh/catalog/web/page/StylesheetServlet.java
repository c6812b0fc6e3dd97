package fr.hdh.catalog.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the pages' stylesheet: {@code hdh/web/hdh.css} on the class path, read once, followed by the
 * rules of the bar widths ({@link BarWidths}).
 */
public final class StylesheetServlet extends HttpServlet {
    private static final String RESOURCE = "hdh/web/hdh.css";
    private final byte[] css;

    public StylesheetServlet() {
        try (InputStream in = StylesheetServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Stylesheet missing from the class path: " + RESOURCE);
            }
            css = (new String(in.readAllBytes(), StandardCharsets.UTF_8) + BarWidths.rules()).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/css;charset=utf-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.getOutputStream().write(css);
    }
}
