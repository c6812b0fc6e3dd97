package fr.hdh.catalog.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts a strict Content-Security-Policy and {@code X-Content-Type-Options: nosniff} on every response
 * of the server, set before anything else answers so no page, error or endpoint can forget them
 * (Fuseki's {@code /sparql} included). The policy lets a page load only this server's stylesheet,
 * scripts and images: no inline script or style, no plug-in, no framing, forms posted back here only.
 * Should a value ever slip through escaping, the browser still refuses to run it. On a JSON or RDF
 * answer the policy does nothing, which is why it is not limited to HTML.
 */
public final class SecurityHeaders extends HttpFilter {
    /** The policy of every page: the pages hold no inline script or style attribute. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, resp);
    }
}
