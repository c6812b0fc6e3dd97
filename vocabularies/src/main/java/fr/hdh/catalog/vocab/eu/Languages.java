package fr.hdh.catalog.vocab.eu;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Languages given as text, as the EU language authority's concepts: ISO 639-1 codes ({@code es}),
 * locale tags ({@code fr-FR}, {@code de_DE}), ISO 639-2/T and 639-3 codes ({@code deu}), the
 * bibliographic 639-2/B codes ({@code ger}), and language names in English or in the language itself
 * ({@code German}, {@code Deutsch}, {@code français}). The authority names a language by its ISO 639-2/T
 * (or 639-3) code in upper case ({@code …/language/DEU}); the codes and names come from the JDK's ISO
 * tables, so a text that names no language the JDK knows stays text, for validation to report.
 *
 * <pre>
 * Optional&lt;Node&gt; spanish = Languages.of("es");   // http://publications.europa.eu/resource/authority/language/SPA
 * </pre>
 */
public final class Languages {
    /** ISO 639-2/B codes that differ from their 639-2/T code. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("alb", "sqi"), Map.entry("arm", "hye"), Map.entry("baq", "eus"), Map.entry("bur", "mya"),
            Map.entry("chi", "zho"), Map.entry("cze", "ces"), Map.entry("dut", "nld"), Map.entry("fre", "fra"),
            Map.entry("geo", "kat"), Map.entry("ger", "deu"), Map.entry("gre", "ell"), Map.entry("ice", "isl"),
            Map.entry("mac", "mkd"), Map.entry("mao", "mri"), Map.entry("may", "msa"), Map.entry("per", "fas"),
            Map.entry("rum", "ron"), Map.entry("slo", "slk"), Map.entry("tib", "bod"), Map.entry("wel", "cym"));
    private static final Map<String, String> BY_TEXT = byText();

    private Languages() {}

    /** The EU language concept {@code text} names, when it names exactly one. */
    public static Optional<Node> of(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        String code = BY_TEXT.get(key);
        if (code == null) {
            int sep = key.indexOf('-') >= 0 ? key.indexOf('-') : key.indexOf('_');
            if (sep == 2 || sep == 3) {
                code = BY_TEXT.get(key.substring(0, sep));
            }
        }
        return Optional.ofNullable(code).map(c -> NodeFactory.createURI(EuAuthority.LANGUAGE + c.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, String> byText() {
        Map<String, String> codes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(two);
            String three;
            try {
                three = locale.getISO3Language();
            } catch (MissingResourceException e) {
                continue;
            }
            if (three.isEmpty()) {
                continue;
            }
            codes.put(two, three);
            codes.put(three, three);
            // A name that two languages share ("Norwegian" for no and nb, say) reads neither.
            names.merge(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), three, (a, b) -> a.equals(b) ? a : "");
            names.merge(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT), three, (a, b) -> a.equals(b) ? a : "");
        }
        BIBLIOGRAPHIC.forEach((b, t) -> codes.putIfAbsent(b, t));
        names.forEach((name, three) -> {
            if (!three.isEmpty() && name.length() > 3) {
                codes.putIfAbsent(name, three);
            }
        });
        return Map.copyOf(codes);
    }
}
