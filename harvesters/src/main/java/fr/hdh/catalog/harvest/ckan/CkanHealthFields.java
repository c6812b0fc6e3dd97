package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The HealthDCAT-AP fields of ckanext-dcat's {@code health_dcat_ap} scheming schema, written as its
 * HealthDCAT-AP profile writes them (namespace {@code http://healthdataportal.eu/ns/health#}, DPV for
 * purpose, legal basis and personal data). One departure: {@code health_theme} is written as
 * {@code healthdcatap:healthTheme}, the property the profile reads it back from (it writes it as
 * {@code healthCategory}, which would mix Wikidata themes into the EU health categories).
 */
final class CkanHealthFields {
    private final CkanGraph out;

    CkanHealthFields(CkanGraph out) {
        this.out = out;
    }

    void map(Node d, CkanFields p) {
        p.list("analytics").forEach(v -> out.distributionAt(d, HEALTH_ANALYTICS, v));
        p.list("code_values").forEach(v -> out.literal(d, HEALTH_CODE_VALUES, v));
        list(d, p, "coding_system", HEALTH_CODING_SYSTEM);
        list(d, p, "health_category", HEALTH_CATEGORY);
        list(d, p, "health_theme", HEALTH_THEME);
        list(d, p, "legal_basis", DPV_HAS_LEGAL_BASIS);
        p.list("personal_data").forEach(v -> out.link(d, DPV_HAS_PERSONAL_DATA, v));
        list(d, p, "publisher_type", HEALTH_PUBLISHER_TYPE);
        list(d, p, "purpose", DPV_HAS_PURPOSE);
        list(d, p, "population_coverage", HEALTH_POPULATION_COVERAGE);
        list(d, p, "publisher_note", HEALTH_PUBLISHER_NOTE);
        JsonNode trusted = p.value("trusted_data_holder");
        if (!trusted.isMissingNode()) {
            boolean yes = trusted.isBoolean() ? trusted.asBoolean() : trusted.asText().trim().equalsIgnoreCase("true");
            out.typed(d, HEALTH_TRUSTED_DATA_HOLDER, Boolean.toString(yes), XSDDatatype.XSDboolean);
        }
        out.count(d, HEALTH_MIN_TYPICAL_AGE, p.text("min_typical_age"));
        out.count(d, HEALTH_MAX_TYPICAL_AGE, p.text("max_typical_age"));
        out.count(d, HEALTH_NUMBER_OF_RECORDS, p.text("number_of_records"));
        out.count(d, HEALTH_NUMBER_OF_UNIQUE_INDIVIDUALS, p.text("number_of_unique_individuals"));
        qualityAnnotations(d, p);
    }

    private void list(Node d, CkanFields p, String key, Node predicate) {
        p.list(key).forEach(v -> out.iriOrLiteral(d, predicate, v, null));
    }

    /** {@code quality_annotation[]}: an {@code oa:Annotation} whose body, target and motivation are IRIs. */
    private void qualityAnnotations(Node d, CkanFields p) {
        for (CkanFields q : p.objects("quality_annotation")) {
            Node a = NodeFactory.createBlankNode();
            out.add(d, DQV_HAS_QUALITY_ANNOTATION, a);
            out.type(a, OA_ANNOTATION);
            out.link(a, OA_HAS_BODY, q.text("body"));
            out.link(a, OA_HAS_TARGET, q.text("target"));
            out.link(a, OA_MOTIVATED_BY, q.text("motivated_by"));
        }
    }
}
