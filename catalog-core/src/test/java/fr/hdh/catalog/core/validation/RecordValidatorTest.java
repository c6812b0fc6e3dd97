package fr.hdh.catalog.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final String EXAMPLE = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024";
    private final RecordValidator validator = new RecordValidator(ShapesLibrary.shared(), ReferenceLookup.NONE);

    @Test
    void aDatasetWithoutTitleIsInvalidAndTheReportNamesDctTitle() throws Exception {
        Graph g = example();
        Node dataset = NodeFactory.createURI(EXAMPLE);
        g.find(dataset, DCTerms.title.asNode(), Node.ANY).toList().forEach(g::delete);

        ValidationReport report = validator.validate(EXAMPLE, g);

        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:title")
                        && f.focusNode().equals("<" + EXAMPLE + ">")),
                report.toText());
        assertTrue(report.toText().contains("dct:title"));
    }

    @Test
    void theProfileFollowsTheDatasetsAccessRights() throws Exception {
        assertEquals(ValidationProfile.HEALTH_NON_PUBLIC, RecordValidator.profileOf(example()));
        assertEquals(ValidationProfile.DCAT_AP, RecordValidator.profileOf(GraphFactory.createDefaultGraph()));
    }

    @Test
    void aGenericOpenDatasetIsHeldToDcatApAndStoredWithoutHealthMetadata() {
        ValidationReport report = validator.validate("https://portal.example.de/record/1", turtle(GENERIC_DATASET));

        assertEquals("DCAT-AP 3.0.0 + hdh", report.profile());
        assertTrue(report.conforms(), report.toText());
    }

    @Test
    void aGenericDatasetStillNeedsWhatDcatApRequires() {
        Graph g = turtle(GENERIC_DATASET.replace("dct:description \"Pegelstände der Elbe.\"@de ;", ""));

        ValidationReport report = validator.validate("https://portal.example.de/record/1", g);

        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:description")), report.toText());
    }

    @Test
    void restrictedAccessOrAHealthTermMakesAHealthDataset() {
        Graph restricted = turtle(GENERIC_DATASET.replace("dct:title", "dct:accessRights <" + AccessProfile.RESTRICTED.accessRight().getURI() + "> ;\n    dct:title"));
        Graph healthTerm = turtle(GENERIC_DATASET.replace("dct:title", "healthdcatap:hasStructuredData false ;\n    dct:title"));

        assertEquals(ValidationProfile.HEALTH_RESTRICTED, RecordValidator.profileOf(restricted));
        assertEquals(ValidationProfile.HEALTH_PUBLIC, RecordValidator.profileOf(healthTerm));
        ValidationReport report = validator.validate("https://portal.example.de/record/1", healthTerm);
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("healthdcatap:healthCategory")), report.toText());
    }

    @Test
    void eachDatasetOfAMixedRecordIsJudgedByItsOwnProfile() throws Exception {
        Graph mixed = example();
        turtle(GENERIC_DATASET).find().forEachRemaining(mixed::add);

        ValidationReport report = validator.validate("https://portal.example.de/record/mixed", mixed);

        assertTrue(report.profile().contains("DCAT-AP 3.0.0 + hdh") && report.profile().contains("NON_PUBLIC"), report.profile());
        assertTrue(report.violations().stream().noneMatch(f -> f.focusNode().equals("<https://portal.example.de/dataset/pegel>")),
                "the generic dataset is not judged by HealthDCAT-AP:\n" + report.toText());
    }

    @Test
    void anUndescribedLicenceIsTakenAsTheRangeSaysButAMistypedPublisherStillFails() {
        Graph mistyped = turtle(GENERIC_DATASET.replace("<https://portal.example.de/org/wsv> a foaf:Agent",
                "<https://portal.example.de/org/wsv> a dcat:Dataset"));

        ValidationReport report = validator.validate("https://portal.example.de/record/1", mistyped);

        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:publisher")), report.toText());
        assertTrue(report.violations().stream().noneMatch(f -> f.path().equals("dct:license")), report.toText());
    }

    @Test
    void aPublisherTypedAsAnOrganisationAndAContactTypedAsAVcardOrganisationMeetTheirRanges() {
        Graph g = turtle(GENERIC_DATASET.replace("<https://portal.example.de/org/wsv> a foaf:Agent", "<https://portal.example.de/org/wsv> a foaf:Organization")
                .replace("dct:title", "dcat:contactPoint <https://portal.example.de/contact> ;\n    dct:title")
                + "<https://portal.example.de/contact> a <http://www.w3.org/2006/vcard/ns#Organization> .\n");

        ValidationReport report = validator.validate("https://portal.example.de/record/1", g);

        assertTrue(report.conforms(), "FOAF and vCard say so themselves:\n" + report.toText());
    }

    @Test
    void aHealthRecordGetsNoRangeEntailment() throws Exception {
        Graph g = example();
        Node dataset = NodeFactory.createURI(EXAMPLE);
        g.add(dataset, DCTerms.conformsTo.asNode(), NodeFactory.createURI("https://undescribed.example.org/standard"));

        ValidationReport report = validator.validate(EXAMPLE, g);

        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:conformsTo")), report.toText());
    }

    @Test
    void theDcatApRangesAreReadFromTheOfficialRangeFile() {
        assertTrue(ShapesLibrary.shared().dcatApRanges().size() > 50, "ranges: " + ShapesLibrary.shared().dcatApRanges().size());
    }

    /** Shaped like a dataset of a German open-data portal: DCAT-AP, no health terms, no access rights. */
    private static final String GENERIC_DATASET = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix healthdcatap: <http://healthdataportal.eu/ns/health#> .
            <https://portal.example.de/dataset/pegel> a dcat:Dataset ;
                dct:title "Pegelstände"@de ;
                dct:description "Pegelstände der Elbe."@de ;
                dct:publisher <https://portal.example.de/org/wsv> ;
                dcat:distribution <https://portal.example.de/dataset/pegel/csv> .
            <https://portal.example.de/dataset/pegel/csv> a dcat:Distribution ;
                dcat:accessURL <https://portal.example.de/download/pegel.csv> ;
                dct:license <http://dcat-ap.de/def/licenses/dl-by-de/2.0> .
            <https://portal.example.de/org/wsv> a foaf:Agent ;
                foaf:name "Wasserstraßen- und Schifffahrtsverwaltung"@de .
            """;

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void titleFindingsDisappearWhenTheTitleIsThere() throws Exception {
        ValidationReport report = validator.validate(EXAMPLE, example());
        assertTrue(report.violations().stream().noneMatch(f -> f.path().equals("dct:title")), report.toText());
    }

    static Graph example() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = RecordValidatorTest.class.getResourceAsStream("/validation/example-healthdcat-dataset.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        }
        return g;
    }
}
