package fr.hdh.catalog.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down token guessing: a client (by address) whose requests carried a refused token as many times
 * as allowed ({@value #ALLOWED} by default) within {@link #WINDOW_MILLIS} ms gets 429 with {@code Retry-After} for any
 * request carrying a token until the window has passed. A token is carried in an {@code Authorization} header
 * (the API) or, for the forms' sign-in ({@link #onSignInForm}), in the body of a POST. Memory is bounded: at most {@value #CLIENTS}
 * clients are remembered, the least recently seen forgotten first.
 */
public final class BadTokenThrottle extends HttpFilter {
    public static final int ALLOWED = 20;
    static final long WINDOW_MILLIS = 60_000;
    static final int CLIENTS = 10_000;

    private final Clock clock;
    private final int allowed;
    private final java.util.function.Predicate<HttpServletRequest> carriesToken;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > CLIENTS;
        }
    };

    public BadTokenThrottle(Clock clock) {
        this(clock, ALLOWED);
    }

    /** A throttle allowing {@code allowed} refused tokens per client and minute. */
    public BadTokenThrottle(Clock clock, int allowed) {
        this(clock, allowed, req -> req.getHeader("Authorization") != null);
    }

    /** The throttle of a sign-in form, whose POSTs carry the token in their body (refused: 401). */
    public static BadTokenThrottle onSignInForm(Clock clock) {
        return new BadTokenThrottle(clock, ALLOWED, req -> "POST".equals(req.getMethod()));
    }

    private BadTokenThrottle(Clock clock, int allowed, java.util.function.Predicate<HttpServletRequest> carriesToken) {
        this.carriesToken = carriesToken;
        if (allowed < 1) {
            throw new IllegalArgumentException("At least one refused token must be allowed, not " + allowed);
        }
        this.clock = clock;
        this.allowed = allowed;
    }

    /** A client's refused tokens in the current window. */
    private record Failures(long windowStart, int count) {}

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!carriesToken.test(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String client = req.getRemoteAddr();
        long now = clock.millis();
        long wait = waitFor(client, now);
        if (wait > 0) {
            resp.setStatus(429);
            resp.setHeader("Retry-After", Long.toString((wait + 999) / 1000));
            resp.setContentType("application/problem+json");
            resp.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many refused tokens from this client: try again later\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, resp);
        if (resp.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            refused(client, now);
        }
    }

    private synchronized long waitFor(String client, long now) {
        Failures f = failures.get(client);
        if (f == null || now - f.windowStart() >= WINDOW_MILLIS) {
            return 0;
        }
        return f.count() >= allowed ? f.windowStart() + WINDOW_MILLIS - now : 0;
    }

    private synchronized void refused(String client, long now) {
        Failures f = failures.get(client);
        if (f == null || now - f.windowStart() >= WINDOW_MILLIS) {
            failures.put(client, new Failures(now, 1));
        } else {
            failures.put(client, new Failures(f.windowStart(), f.count() + 1));
        }
    }

    /** Counts a refused token of {@code client} at {@code now} (tests of the bound use it directly). */
    void refusedForTest(String client, long now) {
        refused(client, now);
    }

    /** How many clients are remembered (for tests of the bound). */
    synchronized int remembered() {
        return failures.size();
    }
}
