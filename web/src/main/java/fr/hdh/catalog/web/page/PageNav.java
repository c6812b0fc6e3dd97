package fr.hdh.catalog.web.page;

import java.util.Optional;

/**
 * Where a page of the catalogue list sits among the others, as local links.
 *
 * @param page this page's number
 * @param lastPage the last page's number
 * @param totalItems datasets over all pages
 * @param previous the previous page, if any
 * @param next the next page, if any
 */
public record PageNav(long page, long lastPage, long totalItems, Optional<String> previous, Optional<String> next) {}
