/**
 * The catalogue's front door: {@link fr.hdh.catalog.core.Catalog} (open a store, change it through its
 * one writer, count what it holds), the unit of change {@link fr.hdh.catalog.core.CatalogRecord}, the
 * IRIs it mints ({@link fr.hdh.catalog.core.CatalogIris}) and the exceptions its services throw.
 *
 * <pre>
 * try (Catalog catalog = Catalog.open(CatalogConfig.onDisk(Path.of("data"), "http://localhost:8080/"), background)) {
 *     catalog.records().putAll(records, Progress.NONE);   // validated, then one transaction
 * }
 * </pre>
 *
 * No Jetty, Jersey, Jackson or HAPI in this module: it is the model and its services.
 */
package fr.hdh.catalog.core;
