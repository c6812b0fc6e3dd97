package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchSort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The addresses of the search page for a query and its neighbours: the same search with a facet value
 * added or removed, another page, another order. Parameters are those of {@code /api/search}, so a page's
 * address and its JSON twin differ only by path. Values are URL-encoded here; callers escape for HTML.
 */
public final class SearchLinks {
    /** Where the search page is served. */
    public static final String PATH = "/search";

    private final SearchQuery query;

    public SearchLinks(SearchQuery query) {
        this.query = query;
    }

    /** This search. */
    public String self() {
        return href(query.text(), query.filters(), query.sort(), query.page());
    }

    /** The same search as JSON. */
    public String json() {
        return "/api" + self();
    }

    /** The first page with {@code value} of {@code facet} selected if it was not, deselected if it was. */
    public String toggle(Facet facet, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(query.filters());
        Set<String> values = new TreeSet<>(filters.getOrDefault(facet, Set.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(facet, values);
        return href(query.text(), filters, query.sort(), 1);
    }

    /** The first page of this search showing only items of {@code kind}, or of every kind when empty; the other filters kept. */
    public String kind(java.util.Optional<String> kind) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(query.filters());
        filters.put(Facet.KIND, kind.map(Set::of).orElse(Set.of()));
        return href(query.text(), filters, query.sort(), 1);
    }

    public boolean selected(Facet facet, String value) {
        return query.filters().getOrDefault(facet, Set.of()).contains(value);
    }

    public String page(int page) {
        return href(query.text(), query.filters(), query.sort(), page);
    }

    public String sorted(SearchSort sort) {
        return href(query.text(), query.filters(), sort, 1);
    }

    private static String href(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page) {
        StringJoiner params = new StringJoiner("&");
        if (!text.isEmpty()) {
            params.add("q=" + encode(text));
        }
        for (Facet facet : Facet.values()) {
            new TreeSet<>(filters.getOrDefault(facet, Set.of())).forEach(v -> params.add(facet.param() + "=" + encode(v)));
        }
        if (sort == SearchSort.TITLE) {
            params.add("sort=title");
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return params.length() == 0 ? PATH : PATH + "?" + params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
