package fr.hdh.catalog.core.search;

/**
 * A piece of text and its language, so each language gets its own analysis.
 *
 * @param text the text
 * @param lang its language
 */
public record LangText(String text, Lang lang) {

    /** The languages analysed apart; text of any other tagged language is not indexed. */
    public enum Lang {
        FR,
        EN,
        /** No language tag: analysed both ways. */
        NONE
    }
}
