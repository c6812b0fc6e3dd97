package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * {@code /mappings}: the catalogue's SSSOM mapping sets, each mapping a row (subject, predicate, object,
 * confidence, review status, reviewer), and, for {@code ?variable=IRI}, the candidate targets of that
 * variable ranked by label similarity.
 *
 * @param sets every mapping set, as stored
 * @param candidates the variable asked about and its candidates, when one was asked about
 */
public record MappingsView(List<SetSection> sets, Optional<CandidatesSection> candidates) implements PageView {
    /**
     * @param title the set's title (or id)
     * @param tsv where its SSSOM TSV is served (the API gives its ConceptMap to {@code Accept: application/fhir+json})
     * @param rows its mappings
     */
    public record SetSection(String title, String tsv, List<Row> rows) {}

    /** One mapping: the predicate as its CURIE, the confidence and status as written, the reviewer a link or text. */
    public record Row(Link subject, String predicate, Link object, String confidence, String status, Link reviewer,
                      String comment) {}

    /** The variable asked about, the words searched and its candidates, best first. */
    public record CandidatesSection(Link variable, String searched, List<Candidate> candidates) {}

    /** A candidate target, its kind ({@code variable} for a standard's field, {@code concept}) and score. */
    public record Candidate(Link target, String kind, String score) {}

    @Override
    public String template() {
        return "mappings.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("mappings.title");
    }
}
