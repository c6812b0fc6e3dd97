package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.account.Authenticator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /sign-in}: the page with the token field, and its POST. A token the {@link Authenticator} knows (a
 * user's API token or the admin token) opens a new session — never the one the browser had — whose cookie is
 * set before the reader goes on to {@code next} (a local address) or to its datasets. A refused token is
 * answered 401 with the page again. The token field is the only thing read from another site's request:
 * the {@code Origin}, when sent, must be this site's.
 */
final class SignInServlet extends HttpServlet {
    private final transient Sessions sessions;
    private final transient Authenticator authenticator;
    private final transient FormPages pages;

    SignInServlet(Sessions sessions, Authenticator authenticator, FormPages pages) {
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sessions.Session> session = SessionFilter.session(req);
        pages.send(req, resp, 200, new SignInView(next(req.getParameter("next")), false,
                session.map(s -> s.user().name()).orElse(""), session.map(Sessions.Session::csrf).orElse("")));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> crossSite = PostGuard.crossOrigin(req);
        if (crossSite.isPresent()) {
            pages.send(req, resp, 403, new MessageView(403, "form.refused.heading", crossSite.get(), ""));
            return;
        }
        String token = req.getParameter("token");
        Optional<User> user = token == null || token.isBlank() ? Optional.empty() : authenticator.byToken(token.strip());
        String next = next(req.getParameter("next"));
        if (user.isEmpty()) {
            pages.send(req, resp, HttpServletResponse.SC_UNAUTHORIZED, new SignInView(next, true, "", ""));
            return;
        }
        SessionFilter.cookie(req).ifPresent(sessions::close);
        Sessions.Session session = sessions.open(token.strip(), user.get());
        resp.addCookie(SessionFilter.cookieFor(session, req.isSecure()));
        FormPages.seeOther(resp, next);
    }

    /** A local address to go to: a path of this site, never another site ({@code //host}, {@code /\host}). */
    static String next(String asked) {
        if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.contains("\\")
                || asked.chars().anyMatch(c -> c < 0x20)) {
            return "/my/datasets";
        }
        return asked;
    }
}
