package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Puts each problem of a refused dataset form next to its field: the mapping's errors name their
 * {@link fr.hdh.catalog.core.form.DatasetForm} field ({@code contactPoint.email}), the profile's violations a
 * focus node and a property ({@code <ds> dct:description}); both are turned into the input they concern.
 * A violation on a part the form does not show (a distribution, a table of the dictionary) has no field and
 * is listed in the summary only.
 */
final class FieldErrors {
    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("id", "id"),
            Map.entry("title", "title_fr"), Map.entry("description", "description_fr"), Map.entry("publisher", "publisher"),
            Map.entry("contactPoint.email", "contact_email"), Map.entry("contactPoint.url", "contact_url"),
            Map.entry("themes", "themes"), Map.entry("keywords", "keywords_fr"), Map.entry("accessRights", "accessRights"),
            Map.entry("temporal", "temporal_start"), Map.entry("temporal.start", "temporal_start"),
            Map.entry("temporal.end", "temporal_end"), Map.entry("spatial", "spatial"), Map.entry("landingPage", "landingPage"));
    private static final Map<Node, String> DATASET_PROPERTIES = Map.ofEntries(Map.entry(DCTerms.title.asNode(), "title_fr"),
            Map.entry(DCTerms.description.asNode(), "description_fr"), Map.entry(DCTerms.publisher.asNode(), "publisher"),
            Map.entry(DCAT.contactPoint.asNode(), "contact_email"), Map.entry(DCAT.theme.asNode(), "themes"),
            Map.entry(DCAT.keyword.asNode(), "keywords_fr"), Map.entry(DCTerms.accessRights.asNode(), "accessRights"),
            Map.entry(DCTerms.temporal.asNode(), "temporal_start"), Map.entry(DCTerms.spatial.asNode(), "spatial"),
            Map.entry(DCAT.landingPage.asNode(), "landingPage"));
    private static final Map<Node, String> CONTACT_PROPERTIES = Map.of(VCARD4.fn.asNode(), "contact_name",
            VCARD4.hasEmail.asNode(), "contact_email", VCARD4.hasURL.asNode(), "contact_url");

    private FieldErrors() {}

    static List<FormError> of(InvalidFormException e) {
        return e.errors().stream().map(f -> new FormError(FORM_FIELDS.getOrDefault(f.field(), ""), f.message())).toList();
    }

    /** The violations of the record {@code iri}, each at its field. */
    static List<FormError> of(InvalidRecordException e, String iri) {
        List<FormError> errors = new ArrayList<>();
        e.reports().forEach(r -> r.violations().forEach(f -> errors.add(new FormError(field(f, iri), f.message(),
                f.location().map(Finding.Site::missing).orElse(false)))));
        return errors;
    }

    private static String field(Finding f, String iri) {
        if (f.location().isEmpty() || f.location().get().predicate() == null) {
            return "";
        }
        Finding.Site site = f.location().get();
        String focus = site.focus().isURI() ? site.focus().getURI() : "";
        if (focus.equals(iri)) {
            return DATASET_PROPERTIES.getOrDefault(site.predicate(), "");
        }
        if (focus.equals(iri + "#contact")) {
            return CONTACT_PROPERTIES.getOrDefault(site.predicate(), "contact_email");
        }
        if (focus.equals(iri + "#period")) {
            return site.predicate().equals(DCAT.endDate.asNode()) ? "temporal_end" : "temporal_start";
        }
        return "";
    }
}
