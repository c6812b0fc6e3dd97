/**
 * The harvest benchmarks of issue 5, plain {@code main} programs run by {@code run-harvest.sh}: the
 * whole SNDS dictionary through the real runner ({@link fr.hdh.catalog.bench.harvest.SndsHarvestBenchmark},
 * target 30 s), and DCAT harvest throughput end to end against a raw TDB2 bulk load of the same file
 * ({@link fr.hdh.catalog.bench.harvest.DcatThroughputBenchmark}, target ratio 0.3).
 */
package fr.hdh.catalog.bench.harvest;
