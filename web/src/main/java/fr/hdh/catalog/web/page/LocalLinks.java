package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

/**
 * Links in pages: an IRI minted under the catalogue's base IRI becomes a path on this server (so the
 * pages work whatever address the server answers on); any other IRI stays absolute.
 */
public final class LocalLinks {
    private final String base;

    public LocalLinks(String base) {
        this.base = base;
    }

    public String href(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    /** An escaped {@code <a>} to {@code iri} showing {@code text}. */
    public String anchor(String iri, String text) {
        return "<a href=\"" + HtmlText.escape(href(iri)) + "\">" + HtmlText.escape(text) + "</a>";
    }
}
