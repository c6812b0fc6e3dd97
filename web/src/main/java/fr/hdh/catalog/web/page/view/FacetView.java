package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * One facet as a bar chart (search page) or a list of entry points (home page): each value a link to the
 * search with that value selected, or deselected when it is already.
 *
 * @param param the facet's parameter name ({@code kind}, {@code producer}…)
 * @param title the facet's name in the page's language
 * @param values its values, the most frequent first
 */
public record FacetView(String param, String title, List<Value> values) {
    /**
     * @param label what the value is called
     * @param count items with that value
     * @param href the search with the value toggled
     * @param selected whether the value is selected now
     * @param widthClass the length of its bar, as a stylesheet class
     */
    public record Value(String label, long count, String href, boolean selected, String widthClass) {}
}
