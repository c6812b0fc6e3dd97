package fr.hdh.catalog.core.form;

import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the HealthDCAT-AP properties of a {@link DatasetForm.Health} on the dataset: health categories
 * (a code of the HealthDCAT-AP list becomes its IRI, as the catalogue's harvesters write it), themes, HDAB,
 * applicable legislation, population, counts and ages ({@code xsd:nonNegativeInteger}), retention period
 * ({@code <ds>#retention}), purposes, coding systems and the structured-data flag. Problems are added to the form's, per field
 * ({@code health.minTypicalAge}).
 */
final class HealthForms {
    /** The HealthDCAT-AP health categories list (DG SANTE), whose codes are EHDS Article 51 categories. */
    static final String HEALTH_CATEGORY = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2,8}");

    private HealthForms() {}

    static void describe(Graph g, Node ds, String iri, DatasetForm.Health h, List<InvalidFormException.FieldError> errors) {
        for (String c : DatasetForms.list(h.healthCategories())) {
            String v = c.strip();
            if (CODE.matcher(v).matches()) {
                g.add(ds, HealthDCATAP.healthCategory.asNode(), NodeFactory.createURI(HEALTH_CATEGORY + v));
            } else {
                DatasetForms.iri(v, "health.healthCategories", errors).ifPresent(n -> g.add(ds, HealthDCATAP.healthCategory.asNode(), n));
            }
        }
        iris(g, ds, HealthDCATAP.healthTheme, h.healthThemes(), "health.healthThemes", errors);
        if (h.hdab() != null) {
            DatasetForms.iri(h.hdab(), "health.hdab", errors).ifPresent(n -> g.add(ds, HealthDCATAP.hdab.asNode(), n));
        }
        iris(g, ds, DCATAP.applicableLegislation, h.applicableLegislation(), "health.applicableLegislation", errors);
        DatasetForms.texts(g, ds, HealthDCATAP.populationCoverage.asNode(), h.populationCoverage(), "health.populationCoverage", errors);
        count(g, ds, HealthDCATAP.numberOfRecords, h.numberOfRecords(), "health.numberOfRecords", errors);
        count(g, ds, HealthDCATAP.numberOfUniqueIndividuals, h.numberOfUniqueIndividuals(), "health.numberOfUniqueIndividuals", errors);
        Long min = h.minTypicalAge() == null ? null : h.minTypicalAge().longValue();
        Long max = h.maxTypicalAge() == null ? null : h.maxTypicalAge().longValue();
        count(g, ds, HealthDCATAP.minTypicalAge, min, "health.minTypicalAge", errors);
        count(g, ds, HealthDCATAP.maxTypicalAge, max, "health.maxTypicalAge", errors);
        if (min != null && max != null && min > max) {
            errors.add(new InvalidFormException.FieldError("health.maxTypicalAge", "the oldest typical age is below the youngest"));
        }
        retention(g, ds, iri, h.retentionPeriod(), errors);
        iris(g, ds, DPV.hasPurpose, h.purposes(), "health.purposes", errors);
        iris(g, ds, HealthDCATAP.hasCodingSystem, h.codingSystems(), "health.codingSystems", errors);
        if (h.hasStructuredData() != null) {
            g.add(ds, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(h.hasStructuredData()));
        }
    }

    private static void iris(Graph g, Node ds, Property p, List<String> values, String field, List<InvalidFormException.FieldError> errors) {
        DatasetForms.list(values).forEach(v -> DatasetForms.iri(v, field, errors).ifPresent(n -> g.add(ds, p.asNode(), n)));
    }

    private static void count(Graph g, Node ds, Property p, Long value, String field, List<InvalidFormException.FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            errors.add(new InvalidFormException.FieldError(field, "cannot be negative: " + value));
            return;
        }
        g.add(ds, p.asNode(), NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }

    private static void retention(Graph g, Node ds, String iri, DatasetForm.Period p, List<InvalidFormException.FieldError> errors) {
        if (p == null || (p.start() == null && p.end() == null)) {
            return;
        }
        Node period = NodeFactory.createURI(iri + "#retention");
        g.add(ds, HealthDCATAP.retentionPeriod.asNode(), period);
        g.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        int before = errors.size();
        DatasetForms.date(p.start(), "health.retentionPeriod.start", errors).ifPresent(d -> g.add(period, DCAT.startDate.asNode(), d));
        DatasetForms.date(p.end(), "health.retentionPeriod.end", errors).ifPresent(d -> g.add(period, DCAT.endDate.asNode(), d));
        if (p.start() != null && p.end() != null && errors.size() == before && p.start().strip().compareTo(p.end().strip()) > 0) {
            errors.add(new InvalidFormException.FieldError("health.retentionPeriod", "the period ends before it starts"));
        }
    }
}
