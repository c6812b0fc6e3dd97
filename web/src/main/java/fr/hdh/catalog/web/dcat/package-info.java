/**
 * The federation-facing DCAT API: the catalogue in DCAT-AP 3 with HealthDCAT-AP at {@code /catalog},
 * and the dereferencing of every IRI the catalogue mints, both by content negotiation (Turtle,
 * compact JSON-LD with the context published at {@code /context.jsonld}, RDF/XML, N-Triples, HTML;
 * {@code ?format=} first) with {@code Vary: Accept} and conditional GET.
 *
 * <p>{@link fr.hdh.catalog.web.dcat.DcatCatalogue} builds a page: the {@code dcat:Catalog} node from
 * configuration ({@link fr.hdh.catalog.web.dcat.CatalogueDescription}), the full records of the page's
 * datasets, what they reference that the store holds (publishers, contact points, concepts), and a
 * Hydra {@code PartialCollectionView} (100 datasets a page by default, 1,000 at most, capped and said
 * so; {@code ?modifiedSince=} for incremental harvesting). Every page is self-contained DCAT-AP that
 * validates against the official shapes. Requests are resolved by their path against the configured
 * base IRI, so the server answers for its IRIs whatever port it listens on. Servlets only parse,
 * call one service and write; queries live in {@code hdh/queries/dcat-*.rq}. A dataset's HTML page also
 * shows its quality measurements ({@link fr.hdh.catalog.core.quality.QualityService}). HTML, pages and the
 * errors a browser gets alike, is written by {@link fr.hdh.catalog.web.page.HtmlResponses}, in the reader's
 * language (part of the ETag); other clients get their errors as plain text.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new DcatWebModule(catalog)));
 * </pre>
 */
package fr.hdh.catalog.web.dcat;
