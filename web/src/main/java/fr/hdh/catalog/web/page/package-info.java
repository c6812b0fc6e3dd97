/**
 * The catalogue's HTML pages, written one way: {@link fr.hdh.catalog.web.page.HtmlResponses}. A servlet asks
 * it for the {@link fr.hdh.catalog.web.page.PageContext} (the language: {@code ?lang=}, kept in a cookie, else
 * the cookie, else {@code Accept-Language}, else French; {@link fr.hdh.catalog.web.page.LanguageChoice}),
 * builds a view with one of the page classes here, and sends it: the view's JTE template (in
 * {@code web/src/main/jte}, precompiled when the module is built, escaping every value) renders it inside the
 * shared layout, with the same headers on every page. No class here writes markup (ADR 5).
 *
 * <p>The page classes turn a graph or a search answer into a view ({@code web.page.view}): the catalogue list
 * ({@link fr.hdh.catalog.web.page.CatalogueListPage}), a dataset with its tables, variables, code lists and
 * quality ({@link fr.hdh.catalog.web.page.DatasetPage}, {@link fr.hdh.catalog.web.page.QualitySection}), any
 * other resource ({@link fr.hdh.catalog.web.page.ResourcePage}), the search page with its facets as bar charts
 * and its tabs by kind ({@link fr.hdh.catalog.web.page.SearchPage}), the {@code /quality} overview
 * ({@link fr.hdh.catalog.web.page.QualityOverviewPage}) and the home page
 * ({@link fr.hdh.catalog.web.page.HomePage}). They never query the store: the servlets of {@code web.dcat},
 * {@code web.search}, {@code web.harvest} and {@code web.site} do, and choose HTML by content negotiation.
 * The exception is {@code web.page.record} (tables, variables, producers), whose pages read other records
 * (mappings, namesakes, a producer's datasets) through its own named queries in one read transaction.
 * Links to IRIs minted under the base IRI become local paths ({@link fr.hdh.catalog.web.page.LocalLinks}), so
 * pages work on whatever address the server answers; any other IRI from the data is a link only when it is
 * {@code http}, {@code https} or {@code mailto}, and text otherwise (a harvested {@code javascript:} landing
 * page must not be one click from running). Labels from the data are taken in the page's language first.
 *
 * <p>Pages keep to the server's strict Content-Security-Policy: one stylesheet, bar lengths as its classes
 * ({@link fr.hdh.catalog.web.page.BarWidths}), no inline style or script; the only scripts are
 * {@code /static/hdh.js} on pages with a search box (completions; reading works without it) and a dataset's
 * schema.org JSON-LD data block ({@link fr.hdh.catalog.web.page.view.JsonLd}). Both are served by
 * {@link fr.hdh.catalog.web.page.StaticFilesServlet}.
 *
 * <pre>
 * PageContext page = html.context(req, resp);
 * html.send(resp, page, 200, QualityOverviewPage.view(sources, page.lang()));
 * </pre>
 */
package fr.hdh.catalog.web.page;
