package fr.hdh.catalog.web.site;

import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.web.page.HomePage;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /}: the home page ({@link HomePage}): one search for the counts and entry points, one query for the latest changes, one for the most reused datasets. */
final class HomePageServlet extends HttpServlet {
    private final transient SearchService search;
    private final transient LatestChanges latest;
    private final transient HomePage page;
    private final transient HtmlResponses html;
    private final transient MostReused reused;

    HomePageServlet(SearchService search, LatestChanges latest, MostReused reused, HomePage page, HtmlResponses html) {
        this.reused = reused;
        this.search = search;
        this.latest = latest;
        this.page = page;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        html.send(resp, context, HttpServletResponse.SC_OK,
                page.view(search.search(HomePage.BROWSE), latest.list(context.lang()), reused.list(context.lang()), context.m()));
    }
}
