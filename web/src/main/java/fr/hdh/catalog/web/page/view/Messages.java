package fr.hdh.catalog.web.page.view;

import java.text.NumberFormat;
import java.util.ResourceBundle;

/**
 * The words of the pages in one language, from {@code messages_fr.properties} or
 * {@code messages_en.properties} beside this class (UTF-8). Messages are plain text: a template escapes
 * them like any other value. {@code {0}}, {@code {1}}… in a message are replaced by the arguments, as
 * given (numbers formatted for the language); no other character is special, so a French apostrophe
 * needs no quoting. A key missing from a bundle is a bug that {@code MessagesTest} catches: asked for
 * here, it throws.
 *
 * <pre>
 * Messages m = Messages.of(Lang.EN);
 * m.t("nav.search");                      // "Search"
 * m.f("search.results", 3);               // "3 results"
 * </pre>
 */
public final class Messages {
    /** The bundles' base name, on the class path beside this class. */
    public static final String BUNDLE = "fr.hdh.catalog.web.page.view.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    /** The messages of {@code lang}; bundles are read once and cached by {@link ResourceBundle}. */
    public static Messages of(Lang lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(lang, bundle);
    }

    public Lang lang() {
        return lang;
    }

    /** The message {@code key}. */
    public String t(String key) {
        return bundle.getString(key);
    }

    /** The message {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String f(String key, Object... args) {
        String text = t(key);
        // One pass, so an argument holding "{1}" (words a reader typed) is never replaced in turn.
        StringBuilder b = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '{' ? text.indexOf('}', i) : -1;
            int index = close > i + 1 && close - i <= 3 ? argumentIndex(text.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.length) {
                Object a = args[index];
                b.append(a instanceof Number n ? number(n.longValue()) : String.valueOf(a));
                i = close + 1;
            } else {
                b.append(text.charAt(i++));
            }
        }
        return b.toString();
    }

    private static int argumentIndex(String digits) {
        return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
    }

    /** A whole number as the language writes it: {@code 4 815} (narrow no-break space) or {@code 4,815}. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }

    /** Whether the bundle has {@code key} (for messages chosen from data, with a fallback). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    @Override
    public String toString() {
        return "Messages[" + lang.tag() + "]";
    }
}
