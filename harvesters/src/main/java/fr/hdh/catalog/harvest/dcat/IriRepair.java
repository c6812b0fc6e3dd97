package fr.hdh.catalog.harvest.dcat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percent-encodes the characters that IRIs may not hold raw ({@code [ ] { } | \ ^ `} and spaces,
 * after the authority) in the IRIs of an RDF/XML document, as a browser does before it requests such a
 * link. Portals copy links out of web pages as they are ({@code karten.html?LAYER[zoom]=1}); Jena's
 * RDF/XML readers stop the whole document at the first such IRI, where its Turtle reader only warns,
 * so one bad link would hide every dataset of a catalogue. The encoded IRI names the same resource:
 * nothing is guessed.
 *
 * <p>Only the values of {@code rdf:about}, {@code rdf:resource} and {@code rdf:datatype} (whatever
 * the prefix) are touched; the XML is otherwise left byte for byte, in its own encoding.
 */
public final class IriRepair {
    private static final Pattern IRI_ATTRIBUTE = Pattern.compile(
            "(\\s[\\w.-]+:(?:about|resource|datatype)\\s*=\\s*)([\"'])(.*?)\\2", Pattern.DOTALL);
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.-]+)[\"']");
    private static final String NOT_IN_IRIS = " []{}|\\^`<>\"";

    private IriRepair() {}

    /** The document with its IRIs encoded, or the same bytes when none needed it. */
    static byte[] rdfXml(byte[] document) {
        Charset charset = charsetOf(document);
        String text = new String(document, charset);
        Matcher m = IRI_ATTRIBUTE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (m.find()) {
            String iri = m.group(3);
            String fixed = encode(iri);
            changed |= !fixed.equals(iri);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + fixed + m.group(2)));
        }
        m.appendTail(out);
        return changed ? out.toString().getBytes(charset) : document;
    }

    /** {@code iri} with the characters IRIs may not hold percent-encoded, the authority left alone. */
    public static String encode(String iri) {
        int authorityEnd = authorityEnd(iri);
        StringBuilder out = new StringBuilder(iri.length() + 8);
        out.append(iri, 0, authorityEnd);
        for (int i = authorityEnd; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (NOT_IN_IRIS.indexOf(c) >= 0 || c < 0x20) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Where the path starts: after {@code scheme://host[:port]}, or 0 when there is no authority. */
    private static int authorityEnd(String iri) {
        int scheme = iri.indexOf("://");
        if (scheme < 0) {
            return 0;
        }
        int path = iri.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = iri.indexOf(c, scheme + 3);
            if (at >= 0) {
                path = Math.min(path, at);
            }
        }
        return path;
    }

    private static Charset charsetOf(byte[] document) {
        String head = new String(document, 0, Math.min(document.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head.stripLeading().replace("\uFEFF", ""));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
