package fr.hdh.catalog.web.site;

import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.StaticFilesServlet;
import fr.hdh.catalog.web.page.view.ErrorView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;

/**
 * A browser asking for an address nothing serves gets the 404 page, in its language, instead of the
 * server's own error page (which has no language, no heading, no landmark). Only requests that accept
 * HTML and fall to the server's default mapping (no servlet of ours) or ask for a static file that is
 * not there are concerned; SPARQL, which Fuseki answers in a filter before that
 * mapping, keeps its own errors unless it really answers 404.
 */
final class NotFoundPages extends HttpFilter {
    private final transient HtmlResponses html;

    NotFoundPages(HtmlResponses html) {
        this.html = html;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean fallsThrough = req.getHttpServletMapping() != null
                && (req.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT
                        || StaticFilesServlet.PATH.equals(req.getServletPath()));
        String accept = req.getHeader("Accept");
        if (!fallsThrough || accept == null || !accept.contains("text/html")) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(req, new HttpServletResponseWrapper(resp) {
            @Override
            public void sendError(int status, String message) throws IOException {
                if (status == HttpServletResponse.SC_NOT_FOUND && !isCommitted()) {
                    notFound(req, resp);
                } else {
                    super.sendError(status, message);
                }
            }

            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }
        });
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.resetBuffer();
        PageContext context = html.context(req, resp);
        html.send(resp, context, HttpServletResponse.SC_NOT_FOUND,
                new ErrorView(HttpServletResponse.SC_NOT_FOUND, context.m().f("error.unknownPath", req.getRequestURI())));
    }
}
