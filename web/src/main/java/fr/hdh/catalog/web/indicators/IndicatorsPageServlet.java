package fr.hdh.catalog.web.indicators;

import fr.hdh.catalog.core.indicators.Indicators;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.IndicatorsPage;
import fr.hdh.catalog.web.page.PageContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /indicators}: the plan's indicators, each value beside its targets ({@link IndicatorsPage}). */
final class IndicatorsPageServlet extends HttpServlet {
    static final String PATH = "/indicators";

    private final transient Indicators indicators;
    private final transient HtmlResponses html;

    IndicatorsPageServlet(Indicators indicators, HtmlResponses html) {
        this.indicators = indicators;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        html.send(resp, context, HttpServletResponse.SC_OK, IndicatorsPage.view(indicators.all(), context.m()));
    }
}
