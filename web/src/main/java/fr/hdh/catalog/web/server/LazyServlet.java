package fr.hdh.catalog.web.server;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A servlet created and initialised at its first request rather than when the server starts: Jersey
 * takes about half a second to build its model, which a restart need not wait for ({@code /health}
 * and {@code /sparql} answer meanwhile). Thread-safe: the first requests wait for one initialisation.
 */
final class LazyServlet extends HttpServlet {
    private final transient Supplier<Servlet> factory;
    private transient volatile Servlet delegate;
    private transient ServletConfig config;

    LazyServlet(Supplier<Servlet> factory) {
        this.factory = factory;
    }

    @Override
    public void init(ServletConfig servletConfig) throws ServletException {
        super.init(servletConfig);
        this.config = servletConfig;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        delegate().service(req, resp);
    }

    private Servlet delegate() throws ServletException {
        Servlet d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    Servlet created = factory.get();
                    created.init(config);
                    delegate = created;
                }
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public void destroy() {
        if (delegate != null) {
            delegate.destroy();
        }
    }
}
