package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sitemaps.org XML listing the pages web search engines should index. */
public final class Sitemap {
    private Sitemap() {}

    /** A page and its last change. */
    public record Entry(String url, Optional<Instant> lastModified) {}

    public static String xml(List<Entry> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry e : entries) {
            b.append("  <url><loc>").append(HtmlText.escape(e.url())).append("</loc>");
            e.lastModified().ifPresent(t -> b.append("<lastmod>").append(t).append("</lastmod>"));
            b.append("</url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
