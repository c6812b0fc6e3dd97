package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.InvalidQueryException;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.SearchPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /search}: the search page, with the parameters of {@code /api/search}. A query the search
 * refuses (a 10 kB paste, a page past the limit, a size that is not a number) gets a 400 page that says
 * what was wrong, with the words kept in the box.
 */
final class SearchPageServlet extends HttpServlet {
    private final transient SearchService search;
    private final transient SearchPage page;
    private final transient HtmlResponses html;

    SearchPageServlet(SearchService search, SearchPage page, HtmlResponses html) {
        this.search = search;
        this.page = page;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        req.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        try {
            SearchQuery query = QueryParams.read(params);
            html.send(resp, context, HttpServletResponse.SC_OK, page.view(query, search.search(query), context.m()));
        } catch (InvalidQueryException e) {
            String typed = req.getParameter("q") == null ? "" : req.getParameter("q");
            html.send(resp, context, HttpServletResponse.SC_BAD_REQUEST, SearchPage.refused(
                    typed.length() > SearchQuery.MAX_TEXT ? typed.substring(0, SearchQuery.MAX_TEXT) : typed, e.getMessage()));
        }
    }
}
