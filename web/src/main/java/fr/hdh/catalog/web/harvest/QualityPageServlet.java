package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.harvest.run.StoredQuality;
import fr.hdh.catalog.web.page.QualityOverviewPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /quality}: the metadata quality of each source's datasets ({@link QualityOverviewPage}). */
final class QualityPageServlet extends HttpServlet {
    static final String PATH = "/quality";

    private final transient Catalog catalog;

    QualityPageServlet(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] html = QualityOverviewPage.render(StoredQuality.sources(catalog.store(), catalog.iris()))
                .getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }
}
