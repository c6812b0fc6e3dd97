package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /vocabularies?q=}: the vocabulary browser, every scheme (or those holding {@code q}) grouped by kind. */
final class VocabulariesPageServlet extends HttpServlet {
    static final String PATH = "/vocabularies";
    /** Longer filter text is cut: no identifier or label is this long. */
    static final int MAX_FILTER = 200;

    private final transient Schemes schemes;
    private final transient VocabulariesPage page;
    private final transient HtmlResponses html;

    VocabulariesPageServlet(Schemes schemes, VocabulariesPage page, HtmlResponses html) {
        this.schemes = schemes;
        this.page = page;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        String filter = q.length() > MAX_FILTER ? q.substring(0, MAX_FILTER) : q;
        html.send(resp, context, HttpServletResponse.SC_OK, page.view(schemes.matching(filter), filter, context.lang().tag()));
    }
}
