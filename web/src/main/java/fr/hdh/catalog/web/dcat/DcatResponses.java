package fr.hdh.catalog.web.dcat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The common parts of the DCAT API's answers: plain-text errors that say what is wrong, HTML bodies. */
final class DcatResponses {
    private DcatResponses() {}

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpServletResponse resp, String page) throws IOException {
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    static void rdfHeaders(HttpServletResponse resp, RdfVariant variant) {
        resp.setContentType(variant.mediaType() + (variant == RdfVariant.N_TRIPLES ? "" : ";charset=utf-8"));
        if (variant == RdfVariant.JSON_LD) {
            resp.setHeader("Link", "<" + JsonLdContext.PATH + ">; rel=\"http://www.w3.org/ns/json-ld#context\"");
        }
    }
}
