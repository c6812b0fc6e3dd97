package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;

/**
 * The {@code page} (from 1) and {@code size} (1 to a maximum) of a paged answer, read from the query
 * string: a value that is no whole number, or out of range, is a 400 naming the parameter.
 */
record Paging(int page, int size) {
    /** Reads {@code page} and {@code size}, {@code size} defaulting to {@code defaultSize} and capped at {@code maxSize}. */
    static Paging of(String page, String size, int defaultSize, int maxSize) {
        return new Paging(number("page", page, 1, Integer.MAX_VALUE / maxSize, 1),
                number("size", size, 1, maxSize, defaultSize));
    }

    private static int number(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, naming the parameter
        }
        throw Problems.exception(Response.Status.BAD_REQUEST,
                name + ": a whole number from " + min + " to " + max + " is expected, not '" + value + "'");
    }
}
