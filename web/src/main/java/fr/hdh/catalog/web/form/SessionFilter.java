package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.page.HtmlResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the session cookie of every request: a live session's token is resolved again through the
 * {@link Authenticator}, as a bearer token is (a revoked token or a removed user is signed out; a changed
 * role applies at once), and
 * the session is left on the request for the forms, with the flag that makes the header link to them.
 */
public final class SessionFilter extends HttpFilter {
    /** The session cookie's name. */
    public static final String COOKIE = "hdh-session";
    private static final String SESSION = "fr.hdh.catalog.web.form.session";

    private final transient Sessions sessions;
    private final transient Authenticator authenticator;

    public SessionFilter(Sessions sessions, Authenticator authenticator) {
        this.sessions = sessions;
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        cookie(req).flatMap(sessions::find).ifPresent(s -> {
            Optional<User> current = authenticator.byToken(s.token());
            if (current.isEmpty()) {
                sessions.close(s.id());
                return;
            }
            req.setAttribute(SESSION, s.as(current.get()));
            req.setAttribute(HtmlResponses.SIGNED_IN_ATTRIBUTE, Boolean.TRUE);
        });
        chain.doFilter(req, resp);
    }

    /** The session of this request, if the reader is signed in. */
    static Optional<Sessions.Session> session(HttpServletRequest req) {
        return req.getAttribute(SESSION) instanceof Sessions.Session s ? Optional.of(s) : Optional.empty();
    }

    static Optional<String> cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The cookie naming {@code session}, or ending it when {@code session} is null. */
    static Cookie cookieFor(Sessions.Session session, boolean secure) {
        Cookie c = new Cookie(COOKIE, session == null ? "" : session.id());
        c.setPath("/");
        c.setMaxAge(session == null ? 0 : (int) Sessions.LIFETIME.toSeconds());
        c.setHttpOnly(true);
        c.setSecure(secure);
        c.setAttribute("SameSite", "Strict");
        return c;
    }
}
