package fr.hdh.catalog.web.page;

import java.util.Locale;
import java.util.Set;

/**
 * Which IRIs taken from the data a page may turn into a link: {@code http}, {@code https} and
 * {@code mailto} only. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:}, {@code urn:} …) is shown as text, since a harvested {@code javascript:} landing page
 * rendered as an {@code href} runs in the catalogue's origin when a reader clicks it.
 */
final class LinkSchemes {
    private static final Set<String> LINKABLE = Set.of("http", "https", "mailto");

    private LinkSchemes() {}

    /**
     * True when {@code iri} names its scheme first, exactly, and that scheme is one of the linkable
     * ones. An IRI holding a space or a control character is never linkable: no valid IRI holds one,
     * and browsers strip or drop them before reading the scheme, so {@code " javascript:"} or
     * {@code "java\tscript:"} would run as {@code javascript:}.
     */
    static boolean linkable(String iri) {
        if (iri == null) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return false;
            }
            if (c == ':' && colon < 0) {
                colon = i;
            }
        }
        return colon > 0 && isScheme(iri, colon) && LINKABLE.contains(iri.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** RFC 3986: a letter, then letters, digits, '+', '-' or '.'. */
    private static boolean isScheme(String iri, int end) {
        for (int i = 0; i < end; i++) {
            char c = iri.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
                return false;
            }
        }
        return true;
    }
}
