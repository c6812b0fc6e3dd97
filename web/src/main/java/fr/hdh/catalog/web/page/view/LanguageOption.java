package fr.hdh.catalog.web.page.view;

/**
 * One entry of the language switch every page header carries.
 *
 * @param lang the language offered
 * @param href this same page in that language ({@code ?lang=} added to its address)
 * @param current whether the page is in that language now
 */
public record LanguageOption(Lang lang, String href, boolean current) {}
