package fr.hdh.catalog.core.usage;

import java.util.List;

/**
 * A publication as given (JSON body, a CSV row, a BibTeX or RIS entry, a Crossref work) or as read back
 * from its record: plain values, checked by {@link PublicationGraph} when it becomes a graph.
 *
 * @param origin where the form came from, to name it in errors ({@code refs.bib, line 12}); empty for a single body
 * @param doi the DOI in any usual spelling ({@code doi:10.…}, {@code https://doi.org/10.…}); null when it has none
 * @param id the id of a publication without DOI (its IRI is then {@code {base}publication/{id}}); ignored with a DOI
 * @param authors one name per author, {@code Family, Given}, in order
 * @param issued the year ({@code 2021}) or date ({@code 2021-03-04}) of publication
 * @param venue the journal, conference or series, as text
 * @param language an ISO 639 code ({@code en}, {@code fr}, {@code eng}) or null
 * @param datasets the datasets it used: IRIs or catalogue ids
 * @param project the project it came from: an IRI or a project id; null when none
 */
public record PublicationForm(String origin, String doi, String id, String title, List<String> authors, String issued,
                              String venue, String language, List<String> datasets, String project) {
    public PublicationForm {
        origin = origin == null ? "" : origin;
        authors = authors == null ? List.of() : List.copyOf(authors);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** The same publication citing {@code more} datasets too (an import's {@code ?dataset=}). */
    public PublicationForm citing(List<String> more) {
        List<String> all = new java.util.ArrayList<>(datasets);
        more.stream().filter(d -> !all.contains(d)).forEach(all::add);
        return new PublicationForm(origin, doi, id, title, authors, issued, venue, language, all, project);
    }
}
