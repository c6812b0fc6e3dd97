package fr.hdh.catalog.core.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a researcher asks: free text, facet filters (AND across facets, OR within one), a page and an
 * order. The text is taken literally: quotes, stars, brackets and {@code AND} are words or punctuation,
 * never query syntax. Checked when built; a request out of bounds is refused with a message that says
 * which bound.
 *
 * <pre>
 * SearchQuery q = SearchQuery.text("diagnostic principal")
 *         .withFilter(Facet.KIND, "variable")
 *         .withPage(1, 20);
 * </pre>
 *
 * @param text the words typed, possibly empty (then every item matches and facets browse)
 * @param filters selected facet values
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param sort the order of hits
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int size, SearchSort sort) {
    /** Longest text accepted, in characters: longer is not a search but a paste. */
    public static final int MAX_TEXT = 500;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** No page may reach past this many hits: deep pages are for crawlers, and the SPARQL endpoint serves them. */
    public static final int MAX_DEPTH = 10_000;
    /** Most values selected in one facet. */
    public static final int MAX_VALUES = 50;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(sort, "sort");
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidQueryException("The search text is " + text.length()
                    + " characters long; at most " + MAX_TEXT + " are accepted.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
        if (page < 1) {
            throw new InvalidQueryException("page starts at 1, not " + page + ".");
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new InvalidQueryException("page " + page + " of " + size + " hits goes past the first "
                    + MAX_DEPTH + " hits; narrow the search with words or facets.");
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (values.size() > MAX_VALUES) {
                throw new InvalidQueryException("At most " + MAX_VALUES + " values of " + facet.param() + " may be selected.");
            }
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** A first page of {@value #DEFAULT_SIZE} hits by relevance, without filters. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, Map.of(), 1, DEFAULT_SIZE, SearchSort.RELEVANCE);
    }

    /** This query with one more selected value of {@code facet}. */
    public SearchQuery withFilter(Facet facet, String value) {
        Map<Facet, Set<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        values.add(value);
        more.put(facet, values);
        return new SearchQuery(text, more, page, size, sort);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(text, filters, newPage, newSize, sort);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, page, size, newSort);
    }

    /** Index of the first hit of the page, from 0. */
    public int offset() {
        return (page - 1) * size;
    }
}
