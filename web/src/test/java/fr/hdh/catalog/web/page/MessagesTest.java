package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The French and English bundles hold the same keys, each with a non-empty UTF-8 value, and every key
 * the pages ask for is in them: the literal keys of the templates and page classes, and the keys built
 * from a facet, a kind, a language or a status.
 */
class MessagesTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java/fr/hdh/catalog/web");
    /** {@code m.t("key")}, {@code m.f("key", …)}, {@code context.m().f("key"…)} in templates and code. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\b(?:t|f)\\(\"([a-zA-Z][\\w.-]*)\"");
    /** Keys named as data in page classes: {@code "fact.publisher"}, {@code "home.count." + …}. */
    private static final Pattern NAMED_KEY = Pattern.compile("\"((?:fact|home\\.count|home\\.entry|kind|facet|error|sparql\\.example)\\.[\\w.-]*)\"");

    @Test
    void bothBundlesHoldTheSameKeysEachWithAText() throws IOException {
        Properties fr = bundle(Lang.FR);
        Properties en = bundle(Lang.EN);
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : List.of(fr, en)) {
            p.stringPropertyNames().forEach(k -> assertFalse(p.getProperty(k).isBlank(), k));
        }
    }

    @Test
    void everyKeyThePagesAskForIsInTheBundles() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (Path root : List.of(TEMPLATES, SOURCES)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jte") || f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    collect(LITERAL_KEY.matcher(text), asked);
                    collect(NAMED_KEY.matcher(text), asked);
                }
            }
        }
        asked.removeIf(k -> k.endsWith(".") || k.endsWith(".jte"));
        for (Facet f : Facet.values()) {
            asked.add("facet." + f.param());
        }
        for (ItemKind k : ItemKind.values()) {
            asked.add("kind." + k.id());
        }
        HomePage.COUNTED.forEach(k -> asked.add("home.count." + k.id()));
        HomePage.ENTRIES.forEach(f -> asked.add("home.entry." + f.param()));
        for (Lang l : Lang.values()) {
            asked.add("lang." + l.tag());
        }
        for (int status : new int[] {400, 404, 406, 500}) {
            asked.add(new fr.hdh.catalog.web.page.view.ErrorView(status, "").headingKey());
        }
        assertTrue(asked.size() > 60, "the scan found the keys: " + asked);
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            List<String> missing = new ArrayList<>(asked.stream().filter(k -> !m.has(k)).toList());
            assertEquals(List.of(), missing, "missing from the " + lang.tag() + " bundle");
        }
    }

    @Test
    void argumentsAreReplacedAndNumbersWrittenAsTheLanguageWritesThem() {
        assertEquals("4,815 variables", Messages.of(Lang.EN).f("dataset.variableCount", 4815));
        assertEquals("4\u202f815 variables", Messages.of(Lang.FR).f("dataset.variableCount", 4815).replace('\u00a0', '\u202f'));
        assertEquals("Page de la table T_MCOaaB", Messages.of(Lang.FR).f("dataset.tablePage", "T_MCOaaB"));
        assertEquals("{1} {0} · Search", Messages.of(Lang.EN).f("search.titleFor", "{1} {0}"), "typed words are not arguments");
        assertEquals("2 datasets — page {1} of {2}", Messages.of(Lang.EN).f("catalogue.count", 2), "a missing argument stays as written");
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** The bundle read strictly as UTF-8: a byte that is not UTF-8 fails here rather than shows as mojibake. */
    private static Properties bundle(Lang lang) throws IOException {
        String resource = Messages.BUNDLE.replace('.', '/') + "_" + lang.tag() + ".properties";
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
            return p;
        }
    }
}
