package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.HealthDCATAP;
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
 * A violation on a distribution lands in the slot showing it ({@code dist2_accessURL}); one on a part the form
 * does not show (a table of the dictionary) has no field and is listed in the summary only.
 */
final class FieldErrors {
    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("id", "id"),
            Map.entry("title", "title_fr"), Map.entry("description", "description_fr"), Map.entry("publisher", "publisher"),
            Map.entry("contactPoint.email", "contact_email"), Map.entry("contactPoint.url", "contact_url"),
            Map.entry("themes", "themes"), Map.entry("keywords", "keywords_fr"), Map.entry("accessRights", "accessRights"),
            Map.entry("temporal", "temporal_start"), Map.entry("temporal.start", "temporal_start"),
            Map.entry("temporal.end", "temporal_end"), Map.entry("spatial", "spatial"), Map.entry("landingPage", "landingPage"),
            Map.entry("health.healthCategories", "health_categories"), Map.entry("health.healthThemes", "health_themes"),
            Map.entry("health.hdab", "health_hdab"), Map.entry("health.applicableLegislation", "health_legislation"),
            Map.entry("health.populationCoverage", "health_populationCoverage_fr"),
            Map.entry("health.numberOfRecords", "health_numberOfRecords"),
            Map.entry("health.numberOfUniqueIndividuals", "health_numberOfUniqueIndividuals"),
            Map.entry("health.minTypicalAge", "health_minTypicalAge"), Map.entry("health.maxTypicalAge", "health_maxTypicalAge"),
            Map.entry("health.retentionPeriod", "health_retention_start"), Map.entry("health.retentionPeriod.start", "health_retention_start"),
            Map.entry("health.retentionPeriod.end", "health_retention_end"), Map.entry("health.purposes", "health_purposes"),
            Map.entry("health.codingSystems", "health_codingSystems"));
    private static final Map<Node, String> DATASET_PROPERTIES = Map.ofEntries(Map.entry(DCTerms.title.asNode(), "title_fr"),
            Map.entry(DCTerms.description.asNode(), "description_fr"), Map.entry(DCTerms.publisher.asNode(), "publisher"),
            Map.entry(DCAT.contactPoint.asNode(), "contact_email"), Map.entry(DCAT.theme.asNode(), "themes"),
            Map.entry(DCAT.keyword.asNode(), "keywords_fr"), Map.entry(DCTerms.accessRights.asNode(), "accessRights"),
            Map.entry(DCTerms.temporal.asNode(), "temporal_start"), Map.entry(DCTerms.spatial.asNode(), "spatial"),
            Map.entry(DCAT.landingPage.asNode(), "landingPage"), Map.entry(HealthDCATAP.healthCategory.asNode(), "health_categories"),
            Map.entry(HealthDCATAP.healthTheme.asNode(), "health_themes"), Map.entry(HealthDCATAP.hdab.asNode(), "health_hdab"),
            Map.entry(DCATAP.applicableLegislation.asNode(), "health_legislation"),
            Map.entry(HealthDCATAP.populationCoverage.asNode(), "health_populationCoverage_fr"),
            Map.entry(HealthDCATAP.numberOfRecords.asNode(), "health_numberOfRecords"),
            Map.entry(HealthDCATAP.numberOfUniqueIndividuals.asNode(), "health_numberOfUniqueIndividuals"),
            Map.entry(HealthDCATAP.minTypicalAge.asNode(), "health_minTypicalAge"),
            Map.entry(HealthDCATAP.maxTypicalAge.asNode(), "health_maxTypicalAge"),
            Map.entry(HealthDCATAP.retentionPeriod.asNode(), "health_retention_start"),
            Map.entry(DPV.hasPurpose.asNode(), "health_purposes"), Map.entry(HealthDCATAP.hasCodingSystem.asNode(), "health_codingSystems"));
    private static final Map<Node, String> DISTRIBUTION_PROPERTIES = Map.ofEntries(Map.entry(DCTerms.title.asNode(), "title_fr"),
            Map.entry(DCAT.accessURL.asNode(), "accessURL"), Map.entry(DCAT.downloadURL.asNode(), "downloadURL"),
            Map.entry(DCTerms.format.asNode(), "format"), Map.entry(DCAT.mediaType.asNode(), "mediaType"),
            Map.entry(DCTerms.license.asNode(), "licence"), Map.entry(DCTerms.accessRights.asNode(), "accessRights"),
            Map.entry(DCAT.byteSize.asNode(), "byteSize"));
    private static final Map<Node, String> CONTACT_PROPERTIES = Map.of(VCARD4.fn.asNode(), "contact_name",
            VCARD4.hasEmail.asNode(), "contact_email", VCARD4.hasURL.asNode(), "contact_url");

    private FieldErrors() {}

    static List<FormError> of(InvalidFormException e) {
        return e.errors().stream().map(f -> new FormError(FORM_FIELDS.getOrDefault(f.field(), input(f.field())), f.message())).toList();
    }

    /** {@code field} when it names an input already (the form's own checks name them so), else {@code ""}. */
    private static String input(String field) {
        return field.matches("dist\\d+_\\w+") || FieldValues.TEXT_FIELDS.contains(field) || FieldValues.CHOICE_FIELDS.contains(field)
                ? field : "";
    }

    /** The violations of the record {@code iri}, each at its field; {@code slots} tells which slot shows each distribution. */
    static List<FormError> of(InvalidRecordException e, String iri, Map<String, Integer> slots) {
        List<FormError> errors = new ArrayList<>();
        e.reports().forEach(r -> r.violations().forEach(f -> errors.add(new FormError(field(f, iri, slots), f.message(),
                f.location().map(Finding.Site::missing).orElse(false)))));
        return errors;
    }

    private static String field(Finding f, String iri, Map<String, Integer> slots) {
        if (f.location().isEmpty() || f.location().get().predicate() == null) {
            return "";
        }
        Finding.Site site = f.location().get();
        String focus = site.focus().isURI() ? site.focus().getURI() : "";
        if (focus.equals(iri) && site.predicate().equals(DCAT.distribution.asNode())) {
            // "at least one distribution": the first slot is where one is given.
            return FieldValues.distribution(slots.isEmpty() ? 1 : slots.values().stream().min(Integer::compare).get(), "accessURL");
        }
        if (focus.equals(iri)) {
            return DATASET_PROPERTIES.getOrDefault(site.predicate(), "");
        }
        if (slots.containsKey(focus)) {
            // The distribution's legislation is the dataset's, chosen once.
            return site.predicate().equals(DCATAP.applicableLegislation.asNode()) ? "health_legislation"
                    : FieldValues.distribution(slots.get(focus), DISTRIBUTION_PROPERTIES.getOrDefault(site.predicate(), "accessURL"));
        }
        if (focus.equals(iri + "#retention")) {
            return site.predicate().equals(DCAT.endDate.asNode()) ? "health_retention_end" : "health_retention_start";
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
