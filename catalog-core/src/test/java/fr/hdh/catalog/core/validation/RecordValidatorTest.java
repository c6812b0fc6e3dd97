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
        assertEquals(AccessProfile.NON_PUBLIC, RecordValidator.profileOf(example()));
        assertEquals(AccessProfile.PUBLIC, RecordValidator.profileOf(GraphFactory.createDefaultGraph()));
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
