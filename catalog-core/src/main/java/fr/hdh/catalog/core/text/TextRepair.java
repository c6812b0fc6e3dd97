package fr.hdh.catalog.core.text;

/**
 * Mends text that passed through a Windows-1252 file read as Latin-1: the C1 control characters
 * U+0080–U+009F never belong in a label, and in such sources each one stands for the Windows-1252
 * character of the same byte (U+0092 is the apostrophe ’, U+0085 the ellipsis …, U+009C the ligature œ).
 * Also trims and folds runs of white space, which sources leave after line breaks.
 */
public final class TextRepair {
    private static final char[] CP1252_C1 = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
    };

    private TextRepair() {}

    /** The text with C1 controls mapped through Windows-1252, trimmed, inner white space folded. */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0080' && c <= '\u009F') {
                char mapped = CP1252_C1[c - 0x80];
                c = (mapped >= '\u0080' && mapped <= '\u009F') ? ' ' : mapped;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }
}
