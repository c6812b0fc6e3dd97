package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.SearchView.SnippetPart;
import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as the index gives it (text HTML-escaped, matches between {@code <mark>} and
 * {@code </mark>}) turned back into plain text pieces, marked or not, for the template to escape and
 * mark itself: the page writes no markup it did not make.
 */
final class Snippets {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private Snippets() {}

    static List<SnippetPart> parts(String snippet) {
        List<SnippetPart> parts = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(OPEN, at);
            if (open < 0) {
                add(parts, snippet.substring(at), false);
                break;
            }
            add(parts, snippet.substring(at, open), false);
            int close = snippet.indexOf(CLOSE, open + OPEN.length());
            int end = close < 0 ? snippet.length() : close;
            add(parts, snippet.substring(open + OPEN.length(), end), true);
            at = close < 0 ? snippet.length() : close + CLOSE.length();
        }
        return parts;
    }

    /** The snippet's text without marks, as a reader sees it. */
    static String plain(List<SnippetPart> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    private static void add(List<SnippetPart> parts, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            parts.add(new SnippetPart(unescape(escaped), marked));
        }
    }

    /** Reverses the index's escaping: the five named references and numeric ones ({@code &#x27;}, {@code &#47;}). */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String decoded = semi > i && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : null;
            if (decoded != null) {
                b.append(decoded);
                i = semi + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        if (name.length() > 1 && name.charAt(0) == '#') {
            try {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException notNumeric) {
                return null;
            }
        }
        return null;
    }
}
