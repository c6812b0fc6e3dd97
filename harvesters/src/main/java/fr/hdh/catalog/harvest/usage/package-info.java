/**
 * Usage files read into the forms of {@code core.usage}: publications from CSV, BibTeX, RIS, Crossref
 * JSON (a work or a list of works, as the Crossref REST API answers, read offline) or our JSON; projects
 * from CSV or our JSON. {@link fr.hdh.catalog.harvest.usage.UsageFiles} chooses the reader by media type.
 *
 * <p>Readers only parse: a file that cannot be read stops with a
 * {@link fr.hdh.catalog.core.MalformedInputException} naming the file, the line and the problem; each
 * form carries its origin ({@code refs.bib, line 12}) so the service's checks of values (a DOI, a date, a
 * dataset the catalogue has) name it too. Nothing is written here: the forms go to
 * {@link fr.hdh.catalog.core.usage.UsageService}, which writes all of a file or none of it.
 * The formats are documented in {@code harvesters/README.md} (section "Usage files").
 */
package fr.hdh.catalog.harvest.usage;
