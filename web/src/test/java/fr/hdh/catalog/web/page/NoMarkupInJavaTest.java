package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages are built by templates only: no Java source of any module holds an HTML tag in a string literal or
 * a text block, and the templates keep to the Content-Security-Policy (no inline style or event handler, no
 * script but the served file and the JSON-LD data block) and never switch escaping off.
 */
class NoMarkupInJavaTest {
    /** The reactor's root, seen from this module's folder (where the tests run). */
    private static final Path ROOT = Path.of("..");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    /** A string literal opening or closing an HTML element. */
    private static final Pattern TAG_IN_LITERAL = Pattern.compile("\"[^\"\\n]*</?(?:html|head|body|main|header|footer|nav|section|aside"
            + "|div|p|a|span|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|h[1-6]|form|input|button|details|summary|code|strong|em"
            + "|mark|script|style|link|meta|title|br|small|img|label|select|option|textarea)[\\s>/]", Pattern.CASE_INSENSITIVE);
    /** The same, on a line of a text block (no quote before it). */
    private static final Pattern TAG = Pattern.compile(TAG_IN_LITERAL.pattern().substring("\"[^\"\\n]*".length()),
            Pattern.CASE_INSENSITIVE);

    @Test
    void noJavaSourceWritesAnHtmlTag() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT)) {
            sources = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList();
        }
        for (Path file : sources) {
            List<String> lines = Files.readAllLines(file);
            boolean inTextBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean opensOrCloses = line.contains("\"\"\"");
                if (!inTextBlock && (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//"))) {
                    continue;
                }
                if ((inTextBlock ? TAG : TAG_IN_LITERAL).matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line);
                }
                if (opensOrCloses) {
                    inTextBlock = !inTextBlock;
                }
            }
        }
        assertTrue(sources.size() > 300, "the scan reads every module's sources: " + sources.size());
        assertEquals(List.of(), found);
    }

    @Test
    void templatesKeepToTheContentSecurityPolicyAndEscapeEverything() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern inlineHandler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern script = Pattern.compile("<script(?![^>]*\\b(?:src=\"/static/|type=\"application/ld\\+json\"))", Pattern.CASE_INSENSITIVE);
        int templates = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                templates++;
                String text = Files.readString(file);
                check(found, file, text, Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE), "inline style");
                check(found, file, text, inlineHandler, "inline event handler");
                check(found, file, text, script, "inline script");
                check(found, file, text, Pattern.compile("\\$unsafe\\{|@raw"), "escaping switched off");
                check(found, file, text, Pattern.compile("href=\"\\$\\{[^}]*\\.(?:iri|uri)\\(\\)"), "an href made from a raw IRI");
            }
        }
        assertTrue(templates >= 10, "templates found: " + templates);
        assertEquals(List.of(), found);
    }

    private static void check(List<String> found, Path file, String text, Pattern pattern, String what) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(file + ": " + what + " at \"" + text.substring(m.start(), Math.min(text.length(), m.start() + 40)) + "\"");
        }
    }
}
