package fr.hdh.catalog.vocab.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The official HealthDCAT-AP release 8 example (NON_PUBLIC, self-contained) validated with the EU
 * background. It is illustrative, not normative, and not quite valid: its distributions give
 * {@code dcat:byteSize} as {@code xsd:nonNegativeInteger} where DCAT-AP 3.0.0 requires
 * {@code xsd:decimal}, and since HealthDCAT-AP checks each distribution with the (shared) DCAT-AP
 * distribution shape, the dataset's {@code dcat:distribution} check fails for those two as well.
 * Everything else the range shapes ask about is found in our background.
 */
class HealthDcatExampleTest {
    private static final String DATASET = "https://healthdcat-ap.example.org/release-7/example/dataset-oncology-ehrs-2024";

    @Test
    void theOfficialExampleFailsOnlyOnItsByteSizeDatatype() throws Exception {
        Graph example = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream("/eu/example-healthdcat-dataset.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(example);
        }
        RecordValidator validator = new RecordValidator(ShapesLibrary.load(), EuVocabularies.bundled().lookup());

        ValidationReport report = validator.validate(DATASET, example);
        System.out.println(report.toText());

        assertEquals("DCAT-AP 3.0.0 + HealthDCAT-AP r8 " + AccessProfile.NON_PUBLIC + " + hdh", report.profile());
        List<Finding> violations = report.violations();
        assertEquals(2, violations.stream().filter(f -> f.path().equals("dcat:byteSize")).count(), report.toText());
        assertTrue(violations.stream().allMatch(f -> f.path().equals("dcat:byteSize")
                || (f.path().equals("dcat:distribution") && f.focusNode().equals("<" + DATASET + ">"))),
                report.toText());
    }
}
