package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.Link;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Links in pages to IRIs from the data: an IRI minted under the catalogue's base IRI becomes a path on
 * this server (so the pages work whatever address the server answers on); another {@code http},
 * {@code https} or {@code mailto} IRI stays absolute; any other IRI is no link at all, only text
 * ({@link LinkSchemes}).
 */
public final class LocalLinks {
    /** The page of any stored record by its IRI ({@code /record?iri=…}). */
    public static final String RECORD_PAGE = "/record";

    private final String base;

    public LocalLinks(String base) {
        this.base = base;
    }

    /** Where a link to {@code iri} points, or empty when {@code iri} must not be a link. */
    public Optional<String> href(String iri) {
        if (!LinkSchemes.linkable(iri)) {
            return Optional.empty();
        }
        String rest = iri.startsWith(base) ? iri.substring(base.length()) : null;
        // "/" + "/evil.example/x" would be a link to another host: such an IRI stays absolute.
        boolean local = rest != null && !rest.startsWith("/") && !rest.startsWith("\\");
        return Optional.of(local ? "/" + rest : iri);
    }

    /**
     * Where the page of record (or of a resource a record describes) {@code iri} is on this server: its
     * path when the catalogue minted it, else {@code /record?iri=…}, so a harvested dataset opens here,
     * with where it came from, rather than at a partner's address that may not resolve.
     */
    public Optional<String> recordHref(String iri) {
        Optional<String> href = href(iri);
        if (href.isEmpty() || href.get().startsWith("/") || iri.startsWith("mailto:")) {
            return href;
        }
        return Optional.of(RECORD_PAGE + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
    }

    /** A link to the page of record {@code iri} on this server ({@link #recordHref}), showing {@code text}. */
    public Link record(String iri, String text) {
        return recordHref(iri).map(h -> new Link(h, text)).orElseGet(() -> Link.text(text));
    }

    /** A link to {@code iri} showing {@code text}, or only the text when {@code iri} may not be a link. */
    public Link link(String iri, String text) {
        return href(iri).map(h -> new Link(h, text)).orElseGet(() -> Link.text(text));
    }
}
