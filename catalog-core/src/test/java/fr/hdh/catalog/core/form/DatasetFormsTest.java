package fr.hdh.catalog.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The plain form becomes a DCAT-AP 3 record the official shapes accept, or a refusal naming each bad field. */
class DatasetFormsTest {
    static final CatalogIris IRIS = new CatalogIris("http://test.example/");
    static final RecordSource SOURCE = new RecordSource("api:form", "tester");

    static DatasetForm complete() {
        return new DatasetForm("hospital-stays",
                Map.of("fr", "Séjours hospitaliers", "en", "Hospital stays"),
                Map.of("fr", "Nombre de séjours par région et par année."),
                null,
                new DatasetForm.ContactPoint("Service des données", "donnees@example.org", "https://example.org/contact"),
                List.of("HEAL"),
                Map.of("fr", List.of("hôpital", "séjour"), "en", List.of("hospital")),
                "PUBLIC",
                new DatasetForm.Period("2010-01-01", "2020-12-31"),
                List.of("http://publications.europa.eu/resource/authority/country/FRA"),
                List.of(new DatasetForm.Distribution(Map.of("fr", "Fichier CSV"), "https://example.org/data",
                        "https://example.org/data.csv", "CSV", "text/csv")));
    }

    @Test
    void aCompleteFormIsADcatApRecordWithIrisEverywhereAndTheOfficialShapesAcceptIt() {
        CatalogRecord record = DatasetForms.record(complete(), IRIS, SOURCE);
        Node ds = NodeFactory.createURI("http://test.example/dataset/hospital-stays");
        assertEquals(ds.getURI(), record.iri());
        assertTrue(record.content().contains(ds, DCTerms.accessRights.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/access-right/PUBLIC")));
        assertTrue(record.content().contains(ds, DCAT.theme.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/data-theme/HEAL")));
        assertEquals(3, record.content().find(ds, DCAT.keyword.asNode(), Node.ANY).toList().size());
        assertTrue(record.content().find().toList().stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank node: versions of a form compare cleanly");
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory(IRIS.base()), ReferenceLookup.NONE)) {
            ValidationReport report = catalog.records().validate(record);
            assertTrue(report.conforms(), report.toText());
        }
    }

    @Test
    void everyFieldThatCannotBeReadIsNamedAtOnce() {
        DatasetForm bad = new DatasetForm("hospital-stays", Map.of("fr", "Séjours"), Map.of("not a tag", "x"),
                "javascript:alert(1)", new DatasetForm.ContactPoint(null, "not-an-email", "ftp://x"), List.of(),
                Map.of(), "nonsense value", new DatasetForm.Period("2020-12-31", "31/12/2010"), List.of("urn:x"),
                List.of(new DatasetForm.Distribution(Map.of(), null, null, null, "not a type")));
        InvalidFormException e = assertThrows(InvalidFormException.class, () -> DatasetForms.record(bad, IRIS, SOURCE));
        Set<String> fields = e.errors().stream().map(InvalidFormException.FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("description", "publisher", "contactPoint.email", "contactPoint.url", "accessRights",
                "temporal.end", "spatial", "distributions[0].accessURL", "distributions[0].mediaType"), fields);
    }

    @Test
    void anIdThatIsNotALocalNameIsRefusedFirst() {
        for (String id : new String[] {"../etc/passwd", "", "a/b", "a b", null}) {
            DatasetForm form = new DatasetForm(id, Map.of("fr", "x"), null, null, null, null, null, null, null, null, null);
            InvalidFormException e = assertThrows(InvalidFormException.class, () -> DatasetForms.record(form, IRIS, SOURCE));
            assertEquals("id", e.errors().get(0).field());
        }
    }
}
