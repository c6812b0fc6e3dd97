package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.AccessDeniedException;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.WorkflowStateException;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.view.PageView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every form page does alike: find the signed-in session (or send the reader to sign in), guard a POST
 * ({@link PostGuard}), send a page the one way pages are sent ({@link HtmlResponses}), and say in a page why
 * the catalogue refused a step (403 not yours, 404, 409 not in a state for it).
 */
final class FormPages {
    private final HtmlResponses html = new HtmlResponses();

    /** The session of a page request; when there is none, the reader is sent to sign in (303) and the result is empty. */
    Optional<Sessions.Session> signedIn(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sessions.Session> session = SessionFilter.session(req);
        if (session.isEmpty()) {
            String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/sign-in?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
        }
        return session;
    }

    /**
     * The session of a state-changing POST whose CSRF token is {@code csrf}, once the session, its token and the
     * request's origin are checked; otherwise a 403 page has been sent and the result is empty.
     */
    Optional<Sessions.Session> guarded(HttpServletRequest req, HttpServletResponse resp, String csrf) throws IOException {
        Optional<Sessions.Session> session = SessionFilter.session(req);
        Optional<String> refusal = session.isEmpty() ? Optional.of("form.refused.signedOut")
                : PostGuard.refusal(req, session.get(), csrf);
        if (refusal.isPresent()) {
            send(req, resp, HttpServletResponse.SC_FORBIDDEN, new MessageView(403, "form.refused.heading", refusal.get(), ""));
            return Optional.empty();
        }
        return session;
    }

    /** The language tag of the page this request gets ({@code fr}, {@code en}). */
    String lang(HttpServletRequest req, HttpServletResponse resp) {
        return html.context(req, resp).lang().tag();
    }

    void send(HttpServletRequest req, HttpServletResponse resp, int status, PageView view) throws IOException {
        PageContext context = html.context(req, resp);
        html.send(resp, context, status, view);
    }

    /** A 303 to {@code location} (a local address), the answer to a POST that did what it was asked. */
    static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
    }

    /** The page saying why the catalogue refused a step; {@code e} is rethrown when it is not one a page explains. */
    void refused(HttpServletRequest req, HttpServletResponse resp, CatalogException e) throws IOException {
        if (e instanceof AccessDeniedException) {
            send(req, resp, 403, new MessageView(403, "form.refused.heading", "form.refused.owner", e.getMessage()));
        } else if (e instanceof RecordNotFoundException) {
            send(req, resp, 404, new MessageView(404, "form.notFound.heading", "form.notFound.reason", e.getMessage()));
        } else if (e instanceof WorkflowStateException) {
            send(req, resp, 409, new MessageView(409, "form.conflict.heading", "form.conflict.reason", e.getMessage()));
        } else if (e instanceof InvalidRecordException invalid) {
            String detail = String.join(" · ", invalid.reports().stream().flatMap(r -> r.violations().stream())
                    .map(f -> f.path() + ": " + f.message()).toList());
            send(req, resp, 422, new MessageView(422, "form.invalid.heading", "form.invalid.reason", detail));
        } else {
            throw e;
        }
    }
}
