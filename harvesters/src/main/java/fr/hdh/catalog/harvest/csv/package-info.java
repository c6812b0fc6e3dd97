/**
 * CSV as RFC 4180 defines it (header row; quoted values holding commas, doubled quotes and line
 * breaks), read strictly: a malformed row is a {@link fr.hdh.catalog.core.MalformedInputException}
 * naming the file and line, since a source read wrongly would publish wrong metadata. Used by the
 * readers of the HDH catalogue list and of the OMOP specification. Commons CSV, the catalogue's one CSV
 * library, does the parsing; this package keeps the strictness and the errors' wording.
 */
package fr.hdh.catalog.harvest.csv;
