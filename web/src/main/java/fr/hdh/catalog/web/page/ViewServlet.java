package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.PageView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;

/**
 * A page that needs nothing of its request but the reader's language: {@code GET} builds its view in that
 * language and sends it the one way HTML is sent ({@link HtmlResponses}).
 *
 * <pre>
 * builder.addServlet("/indicators", new ViewServlet(context -&gt; IndicatorsPage.view(indicators.all(), context.m())));
 * </pre>
 */
public final class ViewServlet extends HttpServlet {
    private final transient HtmlResponses html = new HtmlResponses();
    private final transient Function<PageContext, PageView> view;

    public ViewServlet(Function<PageContext, PageView> view) {
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        html.send(resp, context, HttpServletResponse.SC_OK, view.apply(context));
    }
}
