package fr.hdh.catalog.harvest.usage;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.PublicationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our JSON for projects and publications: one object or an array of them. The field names are those of
 * the API's answers (documented in the OpenAPI document), so what {@code GET} answers can be sent back.
 */
final class UsageJson {
    static final Set<String> PUBLICATION_FIELDS = Set.of("doi", "id", "iri", "title", "authors", "year", "venue",
            "language", "datasets", "project", "link");
    static final Set<String> PROJECT_FIELDS = Set.of("id", "iri", "title", "description", "purpose", "legalBasis",
            "sponsor", "requestedDatasets", "usedDatasets", "status", "dateSubmitted", "dateAccepted", "dataDelivered",
            "startDate", "endDate", "involvesLinkage", "supportedByHub", "results", "publications");
    static final Set<String> SPONSOR_FIELDS = Set.of("name", "type", "iri");

    private UsageJson() {}

    static List<PublicationForm> publications(String text, String source) {
        List<PublicationForm> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : JsonFields.objects(JsonFields.parse(text, source)).entrySet()) {
            JsonFields f = new JsonFields(e.getValue(), source, e.getKey(), PUBLICATION_FIELDS);
            out.add(new PublicationForm(origin(source, e.getKey()), f.text("doi"), f.text("id"), f.text("title"),
                    f.texts("authors"), f.text("year"), f.text("venue"), f.text("language"), f.texts("datasets"),
                    f.text("project")));
        }
        return out;
    }

    static List<ProjectForm> projects(String text, String source) {
        List<ProjectForm> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : JsonFields.objects(JsonFields.parse(text, source)).entrySet()) {
            out.add(project(new JsonFields(e.getValue(), source, e.getKey(), PROJECT_FIELDS), origin(source, e.getKey())));
        }
        return out;
    }

    private static ProjectForm project(JsonFields f, String origin) {
        JsonFields sponsor = f.object("sponsor", SPONSOR_FIELDS);
        return new ProjectForm(origin, f.text("id"), f.langTexts("title"), f.langTexts("description"),
                f.langTexts("purpose"), f.langTexts("legalBasis"),
                sponsor == null ? null : sponsor.text("name"), sponsor == null ? null : sponsor.text("type"),
                sponsor == null ? null : sponsor.text("iri"), f.texts("requestedDatasets"), f.texts("usedDatasets"),
                f.text("status"), f.text("dateSubmitted"), f.text("dateAccepted"), f.text("dataDelivered"),
                f.text("startDate"), f.text("endDate"), f.bool("involvesLinkage"), f.bool("supportedByHub"),
                f.texts("results"), f.texts("publications"));
    }

    private static String origin(String source, String path) {
        return path.isEmpty() ? "" : source + " " + path;
    }
}
