package fr.hdh.catalog.web.page;

import java.util.Locale;

/**
 * Which page of a long member list a reader asked for ({@code ?page=}) and what text its lines must hold
 * ({@code ?q=}, case and accents aside). A page number that is not one reads as the first page; a filter
 * is cut to 200 characters.
 *
 * @param page the page, from 1
 * @param filter the text, trimmed; empty for none
 */
public record MemberQuery(int page, String filter) {
    public static final MemberQuery FIRST = new MemberQuery(1, "");
    private static final int MAX_FILTER = 200;

    public MemberQuery {
        page = Math.max(1, page);
        filter = filter == null ? "" : filter.strip();
        if (filter.length() > MAX_FILTER) {
            filter = filter.substring(0, MAX_FILTER);
        }
    }

    /** The query of the request parameters {@code page} and {@code q}, each possibly absent. */
    public static MemberQuery of(String page, String filter) {
        int n = 1;
        if (page != null && page.strip().matches("[0-9]{1,6}")) {
            n = Integer.parseInt(page.strip());
        }
        return new MemberQuery(n, filter);
    }

    /** A key for caching: the page and the filter, in lower case. */
    public String key() {
        return page + "|" + filter.toLowerCase(Locale.ROOT);
    }
}
