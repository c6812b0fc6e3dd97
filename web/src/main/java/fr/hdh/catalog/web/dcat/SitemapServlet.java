package fr.hdh.catalog.web.dcat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code GET /sitemap.xml}: the catalogue page and every dataset's page, for web search engines. */
final class SitemapServlet extends HttpServlet {
    private final transient DcatCatalogue dcat;

    SitemapServlet(DcatCatalogue dcat) {
        this.dcat = dcat;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Sitemap.Entry> entries = new ArrayList<>();
        entries.add(new Sitemap.Entry(dcat.description().iri(), Optional.empty()));
        for (DcatCatalogue.DatasetEntry d : dcat.datasets(Optional.empty())) {
            entries.add(new Sitemap.Entry(d.iri(), Optional.of(d.modified())));
        }
        resp.setContentType("application/xml;charset=utf-8");
        Sitemap.write(entries, resp.getOutputStream());
    }
}
