package fr.hdh.catalog.core.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A fingerprint of a record's content, so that writing the same content again writes nothing. The
 * triples are sorted as N-Triples with blank node labels blanked out, which makes the hash independent
 * of parse order and of the labels a parser picked.
 *
 * <p>Terms are written exactly as {@link NodeFmtLib#strNT} writes them, so hashes stored before stay
 * valid. An IRI without a character that the writer escapes is written directly: Jena's writer goes
 * through a character-by-character escaper, which cost a fifth of a whole SNDS harvest (the IRIs are
 * most of a code list's terms). Likewise a literal whose lexical form holds nothing the writer escapes
 * (the labels and codes of code lists, nearly always); other literals and the rare IRI with such a
 * character still go to Jena.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Graph content) {
        List<String> lines = new ArrayList<>(content.size());
        StringBuilder line = new StringBuilder(160);
        content.find().forEachRemaining(t -> {
            line.setLength(0);
            term(line, t.getSubject());
            line.append(' ');
            term(line, t.getPredicate());
            line.append(' ');
            term(line, t.getObject());
            lines.add(line.toString());
        });
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                sha.update(l.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The term as {@link NodeFmtLib#strNT} writes it, blank nodes as {@code _:}. */
    static void term(StringBuilder out, Node n) {
        if (n.isBlank()) {
            out.append("_:");
        } else if (n.isURI() && writtenAsIs(n.getURI())) {
            out.append('<').append(n.getURI()).append('>');
        } else if (!n.isLiteral() || !literalWrittenAsIs(out, n)) {
            out.append(NodeFmtLib.strNT(n));
        }
    }

    /**
     * Writes the literal as Jena's N-Triples writer would and returns true, when its lexical form holds
     * none of the characters that writer escapes ({@code \ " \n \t \r \f} and U+FFFD), it has no
     * base direction, and its datatype IRI needs no escape; otherwise writes nothing and returns false.
     */
    private static boolean literalWrittenAsIs(StringBuilder out, Node n) {
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        RDFDatatype dt = n.getLiteralDatatype();
        boolean plain = lang != null && !lang.isEmpty() || dt == null || XSDDatatype.XSDstring.equals(dt);
        if (n.getLiteralBaseDirection() != null || !lexicalWrittenAsIs(lex) || !plain && !writtenAsIs(dt.getURI())) {
            return false;
        }
        out.append('"').append(lex).append('"');
        if (lang != null && !lang.isEmpty()) {
            out.append('@').append(lang);
        } else if (!plain) {
            out.append("^^<").append(dt.getURI()).append('>');
        }
        return true;
    }

    private static boolean lexicalWrittenAsIs(String lex) {
        for (int i = 0, n = lex.length(); i < n; i++) {
            switch (lex.charAt(i)) {
                case '\\', '"', '\n', '\t', '\r', '\f', '\uFFFD':
                    return false;
                default:
            }
        }
        return true;
    }

    /**
     * True when Jena's N-Triples writer copies the IRI unchanged: it {@code \}u-escapes the characters
     * below 20 (decimal, as Jena tests it), space, DEL and {@code <>"{}|^`\}.
     */
    private static boolean writtenAsIs(String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c < 20) {
                return false;
            }
            switch (c) {
                case ' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\u007F':
                    return false;
                default:
            }
        }
        return true;
    }
}
