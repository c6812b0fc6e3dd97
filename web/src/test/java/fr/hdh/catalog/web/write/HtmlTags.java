package fr.hdh.catalog.web.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The elements a browser builds from a page, read the way HTML tokenises: start tags with their
 * attributes (values unquoted and entity-decoded), comments and declarations skipped, and the raw text of
 * {@code script}, {@code style}, {@code title} and {@code textarea} kept whole up to their end tag — so
 * a value that escaped its context shows up here as an element or attribute of its own. Small on
 * purpose: enough to tell markup from text, not a conforming parser.
 */
final class HtmlTags {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea");

    /** A start tag, with the decoded text that follows it up to the next tag (the raw text for script and the like). */
    record Tag(String name, Map<String, String> attributes, String text) {
        /** The tag's name and its attributes' names: what a payload could add or change. */
        String shape() {
            return name + attributes.keySet().stream().sorted().toList();
        }
    }

    private HtmlTags() {}

    static List<Tag> of(String html) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?' || next == '/') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
            } else if (Character.isLetter(next)) {
                i = startTag(html, lt + 1, tags);
            } else {
                i = lt + 1;
            }
        }
        return tags;
    }

    private static int startTag(String html, int from, List<Tag> tags) {
        int n = html.length();
        int i = from;
        while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(from, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        while (i < n && html.charAt(i) != '>') {
            char c = html.charAt(i);
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && "\t\n\f\r />=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attribute = html.substring(start, Math.max(i, start + 1)).toLowerCase(Locale.ROOT);
            i = Math.max(i, start + 1);
            while (i < n && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int end = html.indexOf(html.charAt(i), i + 1);
                    end = end < 0 ? n : end;
                    value = html.substring(i + 1, end);
                    i = Math.min(n, end + 1);
                } else {
                    int end = i;
                    while (end < n && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
                        end++;
                    }
                    value = html.substring(i, end);
                    i = end;
                }
            }
            attributes.putIfAbsent(attribute, decode(value));
        }
        i = Math.min(n, i + 1);
        String text;
        if (RAW_TEXT.contains(name)) {
            int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
            end = end < 0 ? n : end;
            text = html.substring(i, end);
            tags.add(new Tag(name, attributes, name.equals("script") || name.equals("style") ? text : decode(text)));
            return end;
        }
        int end = html.indexOf('<', i);
        text = decode(html.substring(i, end < 0 ? n : end));
        tags.add(new Tag(name, attributes, text));
        return i;
    }

    /** Character references decoded: the named ones pages use, and numeric ones. */
    static String decode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String ref = s.substring(i + 1, semi);
                String decoded = switch (ref) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> numeric(ref);
                };
                if (decoded != null) {
                    b.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static String numeric(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return Character.toString(Integer.parseInt(ref.substring(2), 16));
            }
            if (ref.startsWith("#")) {
                return Character.toString(Integer.parseInt(ref.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
