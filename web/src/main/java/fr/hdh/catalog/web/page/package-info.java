/**
 * The catalogue's HTML pages: plain server-side HTML, every value escaped ({@link fr.hdh.catalog.core.text.HtmlText}),
 * one small stylesheet, no script but the schema.org JSON-LD of dataset pages, and no inline style (bar lengths
 * are classes of the stylesheet), so the pages work under the server's strict Content-Security-Policy.
 *
 * <p>Owns the rendering of the catalogue list ({@link fr.hdh.catalog.web.page.CatalogueListPage}), a
 * dataset with its tables, variables and code lists ({@link fr.hdh.catalog.web.page.DatasetPage}) and its
 * metadata quality as bars per MQA dimension with what lowers the score
 * ({@link fr.hdh.catalog.web.page.QualitySection}), the {@code /quality} overview of each source
 * ({@link fr.hdh.catalog.web.page.QualityOverviewPage}),
 * any other resource ({@link fr.hdh.catalog.web.page.ResourcePage}), the search page with its facets as bar
 * charts ({@link fr.hdh.catalog.web.page.SearchPage}) and the sitemap. Renderers take
 * a graph (or a search answer) and return a page; they never query the store: the DCAT API ({@code web.dcat}) resolves the
 * graph and chooses HTML by content negotiation. Links to IRIs minted under the base IRI become local
 * paths ({@link fr.hdh.catalog.web.page.LocalLinks}), so pages work on whatever address the server answers;
 * any other IRI from the data is a link only when it is {@code http}, {@code https} or {@code mailto}, and
 * text otherwise (a harvested {@code javascript:} landing page must not be one click from running).
 */
package fr.hdh.catalog.web.page;
