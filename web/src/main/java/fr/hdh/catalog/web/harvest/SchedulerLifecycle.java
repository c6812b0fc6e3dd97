package fr.hdh.catalog.web.harvest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Starts the scheduler when the server starts and stops it when the server stops: Jetty initialises
 * filters at start-up and destroys them at shutdown. Requests pass through untouched.
 */
final class SchedulerLifecycle implements Filter {
    private final HarvestScheduler scheduler;

    SchedulerLifecycle(HarvestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void init(FilterConfig config) {
        scheduler.start();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        scheduler.close();
    }
}
