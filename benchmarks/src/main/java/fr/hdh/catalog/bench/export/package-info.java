/**
 * The whole-catalogue export, measured: {@link fr.hdh.catalog.bench.export.ExportBenchmark} streams the
 * demo store as N-Quads with the command's own {@code StoreExport} and reports triples per second and
 * the peak heap, to be run with a small heap ({@code -Xmx256m}) to show that memory stays flat.
 * {@link fr.hdh.catalog.bench.export.DemoStoreLoader} builds the demo store the benchmarks share (in its
 * own JVM, since loading needs more heap than the export may have).
 */
package fr.hdh.catalog.bench.export;
