package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.view.ErrorView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The common parts of the DCAT API's answers: errors that say what is wrong (an error page for a browser,
 * plain text for any other client), and the headers of RDF bodies.
 */
final class DcatResponses {
    private DcatResponses() {}

    /**
     * @param message what was wrong, in plain English, for clients that are not browsers
     * @param pageMessage the same for the page, in the reader's language
     */
    static void error(HttpServletRequest req, HttpServletResponse resp, HtmlResponses html, int status, String message,
                      java.util.function.Function<PageContext, String> pageMessage) throws IOException {
        if (Negotiation.prefersHtml(req.getHeader("Accept"))) {
            PageContext context = html.context(req, resp);
            html.send(resp, context, status, new ErrorView(status, pageMessage.apply(context)));
            return;
        }
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An error whose message is the same for every client (it names a parameter or a format). */
    static void error(HttpServletRequest req, HttpServletResponse resp, HtmlResponses html, int status, String message)
            throws IOException {
        error(req, resp, html, status, message, context -> message);
    }

    static void rdfHeaders(HttpServletResponse resp, RdfVariant variant) {
        resp.setContentType(variant.mediaType() + (variant == RdfVariant.N_TRIPLES ? "" : ";charset=utf-8"));
        if (variant == RdfVariant.JSON_LD) {
            resp.setHeader("Link", "<" + JsonLdContext.PATH + ">; rel=\"http://www.w3.org/ns/json-ld#context\"");
        }
    }
}
