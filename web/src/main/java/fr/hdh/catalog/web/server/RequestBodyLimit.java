package fr.hdh.catalog.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The most bytes a request body may hold, for every endpoint that reads one ({@code /sparql} and
 * {@code /api/*} included): past it the answer is 413 with a plain message naming the limit, and no more
 * than the limit is read. A declared {@code Content-Length} over the limit is refused before a byte is
 * read; a body of unknown length (chunked) is counted as it is read and refused when the count passes
 * the limit, whatever the endpoint had begun to answer ({@link BoundedRequest}, {@link HeldResponse}).
 * Jetty parses a form body itself, past any request wrapper: its own form limit is lowered to this one.
 *
 * <pre>
 * builder.addFilter("/*", new RequestBodyLimit(RequestBodyLimit.DEFAULT_MAX_BYTES));
 * </pre>
 */
public final class RequestBodyLimit extends HttpFilter {
    /** 10 MiB: a large SPARQL query or source description is a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    /** @param maxBytes the most bytes a request body may hold, at least 1 */
    public RequestBodyLimit(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The request body limit must be at least 1 byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(config.getServletContext());
        if (context != null && (context.getMaxFormContentSize() < 0 || context.getMaxFormContentSize() > maxBytes)) {
            context.setMaxFormContentSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long declared = req.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(resp);
        } else if (declared >= 0 || !hasBody(req)) {
            // Jetty reads no more of a body than its Content-Length declares.
            chain.doFilter(req, resp);
        } else {
            counted(req, resp, chain);
        }
    }

    private void counted(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        BoundedRequest bounded = new BoundedRequest(req, maxBytes);
        if (isForm(req)) {
            form(bounded, resp, chain);
            return;
        }
        HeldResponse held = new HeldResponse(resp, bounded::exceeded);
        try {
            chain.doFilter(bounded, held);
        } catch (IOException | ServletException | RuntimeException e) {
            // An endpoint that lets the refusal of its body escape: answered below.
            if (!bounded.exceeded()) {
                throw e;
            }
        }
        if (bounded.exceeded() && !resp.isCommitted()) {
            resp.resetBuffer();
            refuse(resp);
        }
    }

    /** A form of unknown length, read whole within the limit and parsed apart from Jetty ({@link FormRequest}). */
    private void form(BoundedRequest bounded, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        byte[] body;
        try {
            body = bounded.getInputStream().readAllBytes();
        } catch (IOException e) {
            if (!bounded.exceeded()) {
                throw e;
            }
            refuse(resp);
            return;
        }
        FormRequest form;
        try {
            form = new FormRequest(bounded, body);
        } catch (IllegalArgumentException e) {
            plain(resp, 400, "Malformed form body: " + e.getMessage() + "\n");
            return;
        }
        chain.doFilter(form, resp);
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A body of unknown length: chunked in HTTP/1.1; any request may carry one in HTTP/2. */
    private static boolean hasBody(HttpServletRequest req) {
        return req.getHeader("Transfer-Encoding") != null || !req.getProtocol().startsWith("HTTP/1");
    }

    private void refuse(HttpServletResponse resp) throws IOException {
        // The rest of the body is not read: the connection cannot serve another request.
        resp.setHeader("Connection", "close");
        plain(resp, 413, "Request body too large: this server reads at most " + maxBytes + " bytes ("
                + readable(maxBytes) + ") of a request body.\n");
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
