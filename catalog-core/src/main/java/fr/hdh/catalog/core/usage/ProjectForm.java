package fr.hdh.catalog.core.usage;

import java.util.List;
import java.util.Map;

/**
 * A project of the public register as given (JSON body, CSV row) or as read back from its record: plain
 * values, checked by {@link ProjectGraph} when it becomes a graph. Texts are keyed by language tag
 * ({@code fr}, {@code en}; the empty tag for text in no stated language). Datasets are IRIs or catalogue
 * ids ({@code pmsi-mco}); dates are {@code YYYY-MM-DD}; status and sponsor type are their keys
 * ({@link ProjectStatus}, {@link SponsorType}). A null or empty value is "not stated".
 *
 * @param origin where the form came from, to name it in errors ({@code projects.csv, line 4}); empty for a single body
 * @param sponsorIri an organisation already in the catalogue (a producer record), or null to describe it by name and type here
 * @param results links to the project's results (its foaf:homepage)
 * @param publications the DOIs or IRIs of its publications
 */
public record ProjectForm(String origin, String id, Map<String, String> title, Map<String, String> description,
                          Map<String, String> purpose, Map<String, String> legalBasis,
                          String sponsorName, String sponsorType, String sponsorIri,
                          List<String> requested, List<String> used, String status,
                          String submitted, String accepted, String delivered, String started, String ended,
                          Boolean linkage, Boolean supportedByHub, List<String> results, List<String> publications) {
    public ProjectForm {
        origin = origin == null ? "" : origin;
        title = title == null ? Map.of() : Map.copyOf(title);
        description = description == null ? Map.of() : Map.copyOf(description);
        purpose = purpose == null ? Map.of() : Map.copyOf(purpose);
        legalBasis = legalBasis == null ? Map.of() : Map.copyOf(legalBasis);
        requested = requested == null ? List.of() : List.copyOf(requested);
        used = used == null ? List.of() : List.copyOf(used);
        results = results == null ? List.of() : List.copyOf(results);
        publications = publications == null ? List.of() : List.copyOf(publications);
    }

    /** The same form under another id (the one in the request's path, say). */
    public ProjectForm withId(String newId) {
        return new ProjectForm(origin, newId, title, description, purpose, legalBasis, sponsorName, sponsorType,
                sponsorIri, requested, used, status, submitted, accepted, delivered, started, ended, linkage,
                supportedByHub, results, publications);
    }
}
