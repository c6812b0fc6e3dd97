package fr.hdh.catalog.web.form;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a form POST comes from this site's own page: an {@code Origin} header, when the browser sends
 * one, must be this server's (scheme and host as the request names them), and the body's {@value #FIELD}
 * field must be the session's CSRF token. What is refused is answered 403 before anything is read or written.
 */
final class PostGuard {
    /** The hidden field carrying the CSRF token. */
    static final String FIELD = "csrf";

    private PostGuard() {}

    /** Why this POST is refused (a message key), or empty when it may go on. */
    static Optional<String> refusal(HttpServletRequest req, Sessions.Session session, String csrf) {
        return crossOrigin(req).or(() -> session.csrfMatches(csrf) ? Optional.empty() : Optional.of("form.refused.csrf"));
    }

    /** A refusal when the request names another site as its origin. */
    static Optional<String> crossOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return Optional.empty();
        }
        String own = req.getScheme().toLowerCase(Locale.ROOT) + "://" + String.valueOf(req.getHeader("Host")).toLowerCase(Locale.ROOT);
        return origin.strip().toLowerCase(Locale.ROOT).equals(own) ? Optional.empty() : Optional.of("form.refused.origin");
    }
}
