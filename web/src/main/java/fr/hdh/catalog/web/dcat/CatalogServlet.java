package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.web.page.CatalogueListPage;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.PageNav;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /catalog}: one page of the catalogue in DCAT-AP, by content negotiation ({@code ?format=}
 * first), with {@code ?page=}, {@code ?pageSize=} and {@code ?modifiedSince=}; conditional GET by
 * ETag or date. A page size above the maximum is capped, and the response says so in a
 * {@code Warning} header and on the Hydra view.
 */
final class CatalogServlet extends HttpServlet {
    static final String PATH = "/catalog";

    private final transient DcatCatalogue dcat;
    private final transient GraphWriter writer;
    private final transient LocalLinks links;
    private final transient HtmlResponses html;

    CatalogServlet(DcatCatalogue dcat, GraphWriter writer, LocalLinks links, HtmlResponses html) {
        this.dcat = dcat;
        this.writer = writer;
        this.links = links;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        PageRequest request;
        RdfVariant variant;
        try {
            request = PageRequest.parse(req.getParameter("page"), req.getParameter("pageSize"), req.getParameter("modifiedSince"));
            variant = Negotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        } catch (BadRequestException e) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (Negotiation.NotAcceptableException e) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_NOT_ACCEPTABLE, e.getMessage());
            return;
        }
        CatalogueState state = dcat.state();
        // A page is in the reader's language: another language is another representation (ETag and Vary).
        Optional<PageContext> context = variant == RdfVariant.HTML ? Optional.of(html.context(req, resp)) : Optional.empty();
        String key = request + "|" + variant + context.map(c -> "|" + c.lang().tag()).orElse("");
        Validators validators = Validators.of(state.version(), key, state.lastModified());
        context.ifPresent(c -> html.headers(resp, c));
        if (validators.answerNotModified(req, resp)) {
            return;
        }
        if (request.capped()) {
            resp.setHeader("Warning", "299 - \"pageSize " + request.requestedSize() + " capped to " + request.size() + "\"");
        }
        CataloguePage page = dcat.page(request);
        if (context.isPresent()) {
            html.send(resp, context.get(), HttpServletResponse.SC_OK, new CatalogueListPage(links).view(page.graph(),
                    dcat.description().iri(), page.datasets(), nav(request, page), context.get().lang()));
        } else {
            DcatResponses.rdfHeaders(resp, variant);
            writer.write(page.graph(), variant, resp.getOutputStream());
        }
    }

    private PageNav nav(PageRequest request, CataloguePage page) {
        PageLinks pages = new PageLinks(dcat.description().iri(), request);
        Optional<String> previous = request.page() > 1
                ? links.href(pages.page(Math.min(request.page() - 1, page.lastPage()))) : Optional.empty();
        Optional<String> next = request.page() < page.lastPage()
                ? links.href(pages.page(request.page() + 1)) : Optional.empty();
        return new PageNav(request.page(), page.lastPage(), page.totalItems(), previous, next);
    }
}
