package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.usage.PublicationForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Publications from BibTeX: each {@code @article{key, field = {value}, …}} (any entry type) is one
 * publication; {@code @comment}, {@code @preamble} and {@code @string} are skipped (string macros are not
 * expanded: a bare word value is kept as written). Read: {@code doi}, {@code title}, {@code author}
 * ({@code and}-separated), {@code year} (or {@code date}), {@code journal} / {@code booktitle} /
 * {@code publisher} as venue, {@code language}, and our {@code datasets} field (catalogue ids or IRIs,
 * separated by ',' or ';'). Braces used for case protection and simple accents ({@code {\'e}}) are removed.
 * An unbalanced brace, a missing '=' or an unterminated entry stops the read naming the line.
 */
final class BibTex {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    private BibTex(String text, String source) {
        this.text = text;
        this.source = source;
    }

    static List<PublicationForm> read(String text, String source) {
        return new BibTex(text, source).entries();
    }

    private List<PublicationForm> entries() {
        List<PublicationForm> out = new ArrayList<>();
        while (skipTo('@')) {
            int start = line;
            pos++;
            String type = word().toLowerCase(Locale.ROOT);
            skipSpace();
            if (pos >= text.length() || (text.charAt(pos) != '{' && text.charAt(pos) != '(')) {
                throw fail(start, "'@" + type + "' is not followed by '{'");
            }
            char close = text.charAt(pos) == '{' ? '}' : ')';
            pos++;
            if (type.equals("comment") || type.equals("preamble") || type.equals("string")) {
                braced(close, start);
                continue;
            }
            out.add(entry(start, close));
        }
        return out;
    }

    private PublicationForm entry(int start, char close) {
        skipSpace();
        String key = word();
        skipSpace();
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            if (pos >= text.length()) {
                throw fail(start, "entry '" + key + "' is not closed");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                break;
            }
            if (c == ',') {
                pos++;
                skipSpace();
                continue;
            }
            int fieldLine = line;
            String name = word().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw fail(fieldLine, "unexpected '" + c + "' in entry '" + key + "'");
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                throw fail(fieldLine, "field '" + name + "' of entry '" + key + "' has no '='");
            }
            pos++;
            skipSpace();
            fields.put(name, clean(value(fieldLine, close)));
            skipSpace();
        }
        String origin = source + ", line " + start + " (" + key + ")";
        return new PublicationForm(origin, fields.get("doi"), null, fields.get("title"), authors(fields.get("author")),
                fields.getOrDefault("year", fields.get("date")), venue(fields), fields.get("language"),
                split(fields.get("datasets")), null);
    }

    private static String venue(Map<String, String> f) {
        for (String name : List.of("journal", "journaltitle", "booktitle", "series", "publisher", "school", "institution")) {
            if (f.containsKey(name)) {
                return f.get(name);
            }
        }
        return null;
    }

    private static List<String> authors(String field) {
        return field == null ? List.of() : Arrays.stream(field.split("\\s+and\\s+")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    private static List<String> split(String field) {
        return field == null ? List.of() : Arrays.stream(field.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A value: {braced}, "quoted", or a bare word/number, joined by '#'. */
    private String value(int fieldLine, char close) {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw fail(fieldLine, "value not closed");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                out.append(braced('}', fieldLine));
            } else if (c == '"') {
                pos++;
                out.append(quoted(fieldLine));
            } else {
                String w = word();
                if (w.isEmpty()) {
                    throw fail(fieldLine, "a value is expected, found '" + c + "'");
                }
                out.append(w);
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                continue;
            }
            return out.toString();
        }
    }

    /** Text up to the matching {@code close}, nested braces kept. */
    private String braced(char close, int from) {
        int depth = 0;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = next();
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == close && depth == 0) {
                return out.toString();
            }
            out.append(c);
        }
        throw fail(from, "unbalanced braces: '" + close + "' missing");
    }

    private String quoted(int from) {
        int depth = 0;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = next();
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                return out.toString();
            }
            out.append(c);
        }
        throw fail(from, "unterminated quoted value");
    }

    /** Case-protecting braces and the common accent commands removed, white space folded. */
    static String clean(String raw) {
        String s = raw.replace("\\'e", "é").replace("\\`e", "è").replace("\\^e", "ê").replace("\\\"o", "ö")
                .replace("\\\"u", "ü").replace("\\'a", "á").replace("\\`a", "à").replace("\\c{c}", "ç")
                .replace("\\c c", "ç").replace("\\&", "&").replace("\\%", "%").replace("\\_", "_");
        return s.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    }

    private boolean skipTo(char wanted) {
        while (pos < text.length() && text.charAt(pos) != wanted) {
            next();
        }
        return pos < text.length();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            next();
        }
    }

    private String word() {
        int from = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:./+".indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(from, pos);
    }

    private char next() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private MalformedInputException fail(int at, String problem) {
        return new MalformedInputException(source, at, problem, null);
    }
}
