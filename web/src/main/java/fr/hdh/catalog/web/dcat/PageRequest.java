package fr.hdh.catalog.web.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One page of {@code /catalog} as asked: page number (from 1), page size (default
 * {@value #DEFAULT_SIZE}, capped at {@value #MAX_SIZE}), and the optional {@code modifiedSince}
 * filter. Parsed from query parameters; bad values are refused with a message naming them.
 *
 * @param page the page number, 1 for the first
 * @param size the page size actually used
 * @param requestedSize the page size the client asked for (larger than {@code size} when capped)
 * @param modifiedSince only datasets whose record changed after this instant
 */
record PageRequest(long page, int size, long requestedSize, Optional<Instant> modifiedSince) {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1_000;

    /** Parses the raw parameters; {@code null} means absent. */
    static PageRequest parse(String page, String pageSize, String modifiedSince) {
        long p = page == null ? 1 : positive("page", page);
        long requested = pageSize == null ? DEFAULT_SIZE : positive("pageSize", pageSize);
        int size = (int) Math.min(requested, MAX_SIZE);
        return new PageRequest(p, size, requested, Optional.ofNullable(modifiedSince).map(PageRequest::instant));
    }

    boolean capped() {
        return requestedSize > size;
    }

    /** Index of the first dataset of this page in the full ordered list. */
    long offset() {
        return (page - 1) * size;
    }

    private static long positive(String name, String raw) {
        try {
            long n = Long.parseLong(raw.trim());
            if (n >= 1 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("The parameter " + name + " must be a whole number from 1, not '" + raw + "'.");
    }

    private static Instant instant(String raw) {
        String s = raw.trim();
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The parameter modifiedSince must be a date (2024-01-31) or a date-time "
                    + "with offset (2024-01-31T10:00:00Z), not '" + raw + "'.");
        }
    }
}
