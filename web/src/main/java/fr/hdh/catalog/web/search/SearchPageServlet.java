package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.InvalidQueryException;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.web.page.SearchPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /search}: the search page, with the parameters of {@code /api/search}. A query the search
 * refuses (a 10 kB paste, a page past the limit, a size that is not a number) gets a 400 page that says
 * what was wrong, with the words kept in the box.
 */
final class SearchPageServlet extends HttpServlet {
    private final transient SearchService search;
    private final transient SearchPage page;

    SearchPageServlet(SearchService search, SearchPage page) {
        this.search = search;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        req.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        String html;
        try {
            SearchQuery query = QueryParams.read(params);
            html = page.render(query, search.search(query));
            resp.setStatus(HttpServletResponse.SC_OK);
        } catch (InvalidQueryException e) {
            String typed = req.getParameter("q") == null ? "" : req.getParameter("q");
            html = SearchPage.refused(typed.length() > SearchQuery.MAX_TEXT ? typed.substring(0, SearchQuery.MAX_TEXT) : typed,
                    e.getMessage());
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
