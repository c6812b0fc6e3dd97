package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.Frame;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.page.view.PageView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The one way the server answers with an HTML page. A servlet asks for the {@link PageContext} first
 * (the language is chosen there, and a choice made with {@code ?lang=} is kept in a cookie), builds its
 * {@link PageView} in that language, then sends it: the view is rendered by its template (precompiled
 * JTE, escaping every value) inside the shared layout, with the same headers on every page:
 * {@value #CONTENT_TYPE}, {@code Content-Language}, {@code Vary: }{@value #VARY} and
 * {@code Cache-Control: }{@value #CACHE_CONTROL}. The security headers (CSP, {@code nosniff}) are the
 * server's filter's, on every answer.
 *
 * <pre>
 * PageContext page = html.context(req, resp);
 * html.send(resp, page, 200, QualityOverviewPage.view(sources, page.lang()));
 * </pre>
 */
public final class HtmlResponses {
    public static final String CONTENT_TYPE = "text/html;charset=utf-8";
    /** What the content of a page depends on besides its address: the format asked for and the language. */
    public static final String VARY = "Accept, Accept-Language, Cookie";
    /** Pages change with the catalogue: a cache may keep one but asks again (cheaply, where there is an ETag). */
    public static final String CACHE_CONTROL = "no-cache";
    /** The cookie keeping the reader's language, and how long (a year). */
    public static final String LANGUAGE_COOKIE = LanguageChoice.COOKIE;
    static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
    /**
     * The request attribute that says the reader is signed in (set by the producers' forms' session filter,
     * {@code fr.hdh.catalog.web.form}), so the header links to the reader's datasets.
     */
    public static final String SIGNED_IN_ATTRIBUTE = "fr.hdh.catalog.web.signedIn";
    private static final String PRECOMPILED_PACKAGE = "gg.jte.generated.precompiled";

    private final TemplateEngine templates;

    public HtmlResponses() {
        this.templates = TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlResponses.class.getClassLoader(),
                PRECOMPILED_PACKAGE);
    }

    /** The language of this request's page; a language just chosen with {@code ?lang=} is remembered in a cookie. */
    public PageContext context(HttpServletRequest req, HttpServletResponse resp) {
        LanguageChoice.chosen(req).ifPresent(lang -> resp.addCookie(cookie(lang, req.isSecure())));
        Lang lang = LanguageChoice.of(req);
        return new PageContext(Messages.of(lang), LanguageChoice.options(req, lang),
                Boolean.TRUE.equals(req.getAttribute(SIGNED_IN_ATTRIBUTE)));
    }

    /** The headers of every page; {@link #send} sets them, and a servlet answering 304 to a page sets them too. */
    public void headers(HttpServletResponse resp, PageContext page) {
        resp.setContentType(CONTENT_TYPE);
        resp.setHeader("Content-Language", page.lang().tag());
        resp.setHeader("Vary", VARY);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
    }

    /** Answers {@code status} with {@code view} rendered in the page's language. */
    public void send(HttpServletResponse resp, PageContext page, int status, PageView view) throws IOException {
        Utf8ByteOutput html = render(page, view);
        resp.setStatus(status);
        headers(resp, page);
        resp.setContentLength(html.getContentLength());
        html.writeTo(resp.getOutputStream());
    }

    /** The page, rendered in memory as UTF-8 (before anything is sent, so a failure is a clean 500). */
    Utf8ByteOutput render(PageContext page, PageView view) {
        Frame frame = new Frame(page.m(), view.title(page.m()), page.languages(), view.jsonLd(), view.enhanced(),
                page.signedIn());
        Utf8ByteOutput out = new Utf8ByteOutput();
        templates.render(view.template(), Map.of("frame", frame, "view", view), out);
        return out;
    }

    private static Cookie cookie(Lang lang, boolean secure) {
        Cookie c = new Cookie(LANGUAGE_COOKIE, lang.tag());
        c.setPath("/");
        c.setMaxAge(COOKIE_MAX_AGE);
        c.setHttpOnly(true);
        c.setSecure(secure);
        c.setAttribute("SameSite", "Lax");
        return c;
    }
}
