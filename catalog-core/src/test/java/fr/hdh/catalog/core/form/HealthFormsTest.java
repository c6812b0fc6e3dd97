package fr.hdh.catalog.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The HealthDCAT-AP part of {@link DatasetForm} and the distributions' licence, rights, size and legislation. */
class HealthFormsTest {
    private static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";

    private static DatasetForm form(DatasetForm.Health health, List<DatasetForm.Distribution> distributions) {
        return new DatasetForm("stays", Map.of("fr", "Séjours"), null, null, null, null, null, null, null, null, distributions, health);
    }

    private static DatasetForm.Health health(Integer min, Integer max, Long records, DatasetForm.Period retention) {
        return new DatasetForm.Health(List.of("HRAD", "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/MRMR"),
                List.of(), "http://test.example/producer/hdh", List.of(EHDS), Map.of("fr", "Patients hospitalisés"), records, null,
                min, max, retention, List.of(), List.of("http://id.who.int/icd/release/10/2019"), false);
    }

    @Test
    void theHealthPropertiesBecomeTheProfilesTerms() {
        CatalogRecord r = DatasetForms.record(form(health(0, 110, 12000L, new DatasetForm.Period(null, "2040-12-31")), null),
                DatasetFormsTest.IRIS, DatasetFormsTest.SOURCE);
        Graph g = r.content();
        Node ds = NodeFactory.createURI(r.iri());
        assertEquals(Set.of(HealthForms.HEALTH_CATEGORY + "HRAD", HealthForms.HEALTH_CATEGORY + "MRMR"),
                g.find(ds, HealthDCATAP.healthCategory.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet(),
                "a code becomes the list's IRI; an IRI stays");
        assertTrue(g.contains(ds, DCATAP.applicableLegislation.asNode(), NodeFactory.createURI(EHDS)));
        assertTrue(g.contains(ds, HealthDCATAP.hdab.asNode(), NodeFactory.createURI("http://test.example/producer/hdh")));
        assertTrue(g.contains(ds, HealthDCATAP.minTypicalAge.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(ds, HealthDCATAP.numberOfRecords.asNode(), NodeFactory.createLiteralDT("12000", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(ds, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(false)));
        Node retention = NodeFactory.createURI(r.iri() + "#retention");
        assertTrue(g.contains(ds, HealthDCATAP.retentionPeriod.asNode(), retention), "a node under the dataset's IRI, no blank node");
        assertTrue(g.contains(retention, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode()));
        assertTrue(g.contains(retention, DCAT.endDate.asNode(), NodeFactory.createLiteralDT("2040-12-31", XSDDatatype.XSDdate)));
        assertFalse(g.contains(retention, DCAT.startDate.asNode(), Node.ANY));
    }

    @Test
    void aFormWithoutHealthWritesNoHealthTerm() {
        CatalogRecord r = DatasetForms.record(form(null, null), DatasetFormsTest.IRIS, DatasetFormsTest.SOURCE);
        assertFalse(r.content().find().toList().stream().anyMatch(t -> t.getPredicate().getURI().startsWith(HealthDCATAP.NS)));
    }

    @Test
    void distributionsTakeLicenceRightsSizeAndLegislation() {
        CatalogRecord r = DatasetForms.record(form(null, List.of(new DatasetForm.Distribution(Map.of("fr", "CSV"),
                "https://www.example.org/stays", null, "CSV", "text/csv", "CC_BY_4_0", "RESTRICTED", 52000L, List.of(EHDS)))),
                DatasetFormsTest.IRIS, DatasetFormsTest.SOURCE);
        Graph g = r.content();
        Node d = NodeFactory.createURI(r.iri() + "/distribution/1");
        assertTrue(g.contains(d, DCTerms.license.asNode(), NodeFactory.createURI("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")));
        assertTrue(g.contains(d, DCTerms.accessRights.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/access-right/RESTRICTED")));
        assertTrue(g.contains(d, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT("52000", XSDDatatype.XSDdecimal)));
        assertTrue(g.contains(d, DCATAP.applicableLegislation.asNode(), NodeFactory.createURI(EHDS)));
        Node csv = NodeFactory.createURI("https://www.iana.org/assignments/media-types/text/csv");
        assertTrue(g.contains(csv, RDF.type.asNode(), DCTerms.MediaType.asNode()), "the media type's range class, stated");
    }

    @Test
    void wrongHealthValuesAreRefusedEachAtItsField() {
        DatasetForm bad = form(new DatasetForm.Health(List.of("not a category"), List.of("urn:x"), "mailto:x@example.org", List.of(),
                null, -1L, null, 90, 18, new DatasetForm.Period("2040-01-01", "2030-01-01"), List.of(), List.of(), null),
                List.of(new DatasetForm.Distribution(null, "https://www.example.org", null, null, null, "ftp://x", null, -5L, null)));
        InvalidFormException e = assertThrows(InvalidFormException.class,
                () -> DatasetForms.record(bad, DatasetFormsTest.IRIS, DatasetFormsTest.SOURCE));
        assertEquals(Set.of("health.healthCategories", "health.healthThemes", "health.hdab", "health.numberOfRecords",
                        "health.maxTypicalAge", "health.retentionPeriod", "distributions[0].licence", "distributions[0].byteSize"),
                e.errors().stream().map(InvalidFormException.FieldError::field).collect(Collectors.toSet()), e.getMessage());
    }
}
