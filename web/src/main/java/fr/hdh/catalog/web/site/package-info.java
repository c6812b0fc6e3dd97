/**
 * The site's own pages, outside any feature: the home page at {@code /} (the search box, what the
 * catalogue holds, entry points by theme, producer and access level, the latest changes: one search and
 * one query, {@link fr.hdh.catalog.web.site.HomePageServlet}), and the 404 page a browser gets for an
 * address nothing serves ({@link fr.hdh.catalog.web.site.NotFoundPages}). Plugged in by
 * {@link fr.hdh.catalog.web.site.SiteWebModule}; pages are rendered by {@code web.page}.
 */
package fr.hdh.catalog.web.site;
