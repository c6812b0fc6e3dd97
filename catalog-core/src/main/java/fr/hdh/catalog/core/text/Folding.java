package fr.hdh.catalog.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a reader compares it, case, accents and punctuation aside: {@code "Cardiopathie ischémique
 * (chronique),"} and {@code "cardiopathie ischemique chronique"} fold alike; a code's dot goes too
 * ({@code I21.0} folds as {@code i210}).
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** Lower case, no accents, no dots, other punctuation and spaces as single spaces, trimmed; empty for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll(" ").trim();
    }
}
