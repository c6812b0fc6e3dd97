package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.QualityOverviewPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /quality}: the metadata quality of each source's datasets ({@link QualityOverviewPage}). */
final class QualityPageServlet extends HttpServlet {
    static final String PATH = "/quality";

    private final transient Catalog catalog;
    private final transient HtmlResponses html;

    QualityPageServlet(Catalog catalog, HtmlResponses html) {
        this.catalog = catalog;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        html.send(resp, context, HttpServletResponse.SC_OK,
                QualityOverviewPage.view(catalog.quality().sources(), context.lang()));
    }
}
