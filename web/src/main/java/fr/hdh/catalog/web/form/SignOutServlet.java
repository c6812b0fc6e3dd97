package fr.hdh.catalog.web.form;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code POST /sign-out}: ends the session (with its CSRF token, so no other site signs a reader out) and clears the cookie. */
final class SignOutServlet extends HttpServlet {
    private final transient Sessions sessions;
    private final transient FormPages pages;

    SignOutServlet(Sessions sessions, FormPages pages) {
        this.sessions = sessions;
        this.pages = pages;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var session = pages.guarded(req, resp, req.getParameter(PostGuard.FIELD));
        if (session.isEmpty()) {
            return;
        }
        sessions.close(session.get().id());
        resp.addCookie(SessionFilter.cookieFor(null, req.isSecure()));
        FormPages.seeOther(resp, "/");
    }
}
