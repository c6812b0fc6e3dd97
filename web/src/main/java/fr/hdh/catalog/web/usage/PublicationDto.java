package fr.hdh.catalog.web.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.core.usage.StoredPublication;
import java.util.List;

/** A publication as the API answers it ({@code link}: its DOI at doi.org); the fields {@code POST} accepts as JSON. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record PublicationDto(String iri, String doi, String id, String link, String title, List<String> authors, String year,
                      String venue, String language, List<String> datasets, String project) {

    static PublicationDto of(StoredPublication p) {
        PublicationForm f = p.form();
        return new PublicationDto(p.iri(), f.doi(), f.id(), p.doiLink().orElse(null), f.title(), f.authors(), f.issued(),
                f.venue(), f.language(), f.datasets(), f.project());
    }
}
