/**
 * Code lists written by hand in a spreadsheet: the CSV template {@code docs/code-list-template.csv}
 * (one row per code: code, French and English labels, parent code, synonyms, definitions) read by
 * {@link fr.hdh.catalog.harvest.codelist.CodeListCsv} into a SKOS concept scheme, refused whole with the
 * line and column at fault when a row breaks a rule.
 */
package fr.hdh.catalog.harvest.codelist;
