package fr.hdh.catalog.web.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.StoredProject;
import java.util.List;
import java.util.Map;

/** A project as the API answers it; the same fields are accepted by {@code POST} and {@code PUT}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProjectDto(String id, String iri, Map<String, String> title, Map<String, String> description,
                  Map<String, String> purpose, Map<String, String> legalBasis, Sponsor sponsor,
                  List<String> requestedDatasets, List<String> usedDatasets, String status, String dateSubmitted,
                  String dateAccepted, String dataDelivered, String startDate, String endDate, Boolean involvesLinkage,
                  Boolean supportedByHub, List<String> results, List<String> publications) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Sponsor(String name, String type, String iri) {}

    static ProjectDto of(StoredProject p) {
        ProjectForm f = p.form();
        Sponsor sponsor = f.sponsorName() == null && f.sponsorIri() == null && f.sponsorType() == null ? null
                : new Sponsor(f.sponsorName(), f.sponsorType(), f.sponsorIri());
        return new ProjectDto(f.id(), p.iri(), f.title(), f.description(), f.purpose(), f.legalBasis(), sponsor,
                f.requested(), f.used(), f.status(), f.submitted(), f.accepted(), f.delivered(), f.started(), f.ended(),
                f.linkage(), f.supportedByHub(), f.results(), f.publications());
    }
}
