package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * The search box of the home and search pages: the words typed, and hidden fields that keep the facets
 * and order already chosen when new words are typed.
 *
 * @param text the words in the box
 * @param hidden fields sent along with the words
 * @param maxLength the longest text the search accepts
 */
public record SearchForm(String text, List<Hidden> hidden, int maxLength) {
    /** A hidden field of the form. */
    public record Hidden(String name, String value) {}
}
