/**
 * The CSV benchmark of the one-library issue, a plain {@code main} program: the 497 SNDS nomenclature
 * CSVs the repository ships, parsed by the hand-written reader the catalogue used to have
 * ({@link fr.hdh.catalog.bench.csv.HandWrittenSemicolonCsv}, kept here only as the baseline) and by
 * Commons CSV in the dialect {@code vocab.nomenclature.SemicolonCsv} uses, side by side in one JVM,
 * median of several rounds, after checking that both read the same values.
 */
package fr.hdh.catalog.bench.csv;
