package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.InvalidQueryException;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchSort;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parameters of {@code GET /api/search} into a {@link SearchQuery}: {@code q}, {@code page}
 * (from 1), {@code size} (1–100), {@code sort} ({@code relevance} or {@code title}) and one parameter
 * per facet ({@code kind}, {@code producer}, {@code theme}, {@code accessRights}, {@code dataType},
 * {@code codingSystem}, {@code catalogueEntry}), repeated for several values. A value that is not a
 * number or not a known order is refused with a message naming the parameter.
 */
final class QueryParams {
    private QueryParams() {}

    static SearchQuery read(MultivaluedMap<String, String> params) {
        String text = single(params, "q", "");
        int page = number(params, "page", 1);
        int size = number(params, "size", SearchQuery.DEFAULT_SIZE);
        SearchSort sort = sort(single(params, "sort", "relevance"));
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.get(facet.param());
            if (values != null) {
                Set<String> kept = new LinkedHashSet<>();
                values.stream().flatMap(v -> facet == Facet.KIND ? List.of(v.split(",")).stream() : java.util.stream.Stream.of(v))
                        .map(String::strip).filter(v -> !v.isEmpty()).forEach(kept::add);
                filters.put(facet, kept);
            }
        }
        return new SearchQuery(text, filters, page, size, sort);
    }

    static String single(MultivaluedMap<String, String> params, String name, String fallback) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw new InvalidQueryException("Give " + name + " once, not " + values.size() + " times.");
        }
        return values.get(0);
    }

    static int number(MultivaluedMap<String, String> params, String name, int fallback) {
        String raw = single(params, name, "").strip();
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, not \""
                    + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "\".");
        }
    }

    private static SearchSort sort(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "" -> SearchSort.RELEVANCE;
            case "title" -> SearchSort.TITLE;
            default -> throw new InvalidQueryException("sort must be relevance or title.");
        };
    }
}
