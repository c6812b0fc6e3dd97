/**
 * Turns the SNDS nomenclatures (code lists published with the SNDS data dictionary: a Table Schema JSON
 * describing the list's columns and a {@code ;}-separated CSV of its rows) into SKOS concept schemes,
 * one catalogue record of kind vocabulary per nomenclature, one {@code skos:Concept} per code. It owns
 * the choice of the code, label and key columns ({@link
 * fr.hdh.catalog.vocab.nomenclature.NomenclatureSchema}), a streaming reader for the CSV dialect of
 * the source, and the tally of rows that cannot become concepts. {@link
 * fr.hdh.catalog.vocab.nomenclature.NomenclatureReader} is the entry point.
 */
package fr.hdh.catalog.vocab.nomenclature;
