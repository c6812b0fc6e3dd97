/**
 * What the templates see: one record per page ({@link fr.hdh.catalog.web.page.view.PageView} and its
 * implementations), the parts they share ({@link fr.hdh.catalog.web.page.view.Link},
 * {@link fr.hdh.catalog.web.page.view.FacetView}, {@link fr.hdh.catalog.web.page.view.BarItem}…), the layout's
 * {@link fr.hdh.catalog.web.page.view.Frame}, the languages ({@link fr.hdh.catalog.web.page.view.Lang}) and their
 * words ({@link fr.hdh.catalog.web.page.view.Messages}, from {@code messages_fr.properties} and
 * {@code messages_en.properties} beside it). Values are plain text, never markup: the templates escape them.
 * A {@link fr.hdh.catalog.web.page.view.Link} carries an {@code href} only when the value may be a link, so a
 * template never makes one from a raw IRI. The one value written as it is, the JSON-LD of a dataset, is a
 * {@link fr.hdh.catalog.web.page.view.JsonLd} that cannot close its script block.
 *
 * <pre>
 * Messages m = Messages.of(Lang.EN);
 * m.t("nav.search");                        // "Search"
 * new Link("/dataset/pmsi-mco", "PMSI MCO"); // a link; Link.text("javascript:…") is text only
 * </pre>
 */
package fr.hdh.catalog.web.page.view;
