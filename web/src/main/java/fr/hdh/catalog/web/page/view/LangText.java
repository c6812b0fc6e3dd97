package fr.hdh.catalog.web.page.view;

/**
 * Text from the data in a known language, shown with its {@code lang} attribute so a screen reader
 * pronounces it right.
 *
 * @param text the text
 * @param lang its BCP 47 tag ({@code fr}, {@code en}), empty when the data does not say
 */
public record LangText(String text, String lang) {}
