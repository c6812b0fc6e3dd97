package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.UsageDirectoryPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /projects} and {@code GET /publications}: the public directory pages ({@link UsageDirectoryPage}). */
final class UsageDirectoryServlet extends HttpServlet {
    static final String PROJECTS = "/projects";
    static final String PUBLICATIONS = "/publications";

    private final transient UsageDirectoryPage page;
    private final transient HtmlResponses html;

    UsageDirectoryServlet(UsageDirectoryPage page, HtmlResponses html) {
        this.page = page;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        boolean projects = PROJECTS.equals(req.getServletPath());
        html.send(resp, context, HttpServletResponse.SC_OK,
                projects ? page.projects(context.lang()) : page.publications(context.lang()));
    }
}
