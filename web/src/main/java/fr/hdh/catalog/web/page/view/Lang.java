package fr.hdh.catalog.web.page.view;

import java.util.Locale;
import java.util.Optional;

/** The languages the pages speak: French (the default) and English. */
public enum Lang {
    FR("fr", Locale.FRENCH),
    EN("en", Locale.ENGLISH);

    /** The language of a page when nothing says otherwise. */
    public static final Lang DEFAULT = FR;

    private final String tag;
    private final Locale locale;

    Lang(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, as in {@code <html lang="fr">} and {@code ?lang=fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language: the one a title is shown in as a subtitle. */
    public Lang other() {
        return this == FR ? EN : FR;
    }

    /** The language of {@code tag} ({@code fr}, {@code EN}); empty for any other text. */
    public static Optional<Lang> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (lang.tag.equals(wanted)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
