package fr.hdh.catalog.harvest.sndsdemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.tableschema.SndsDictionary;
import fr.hdh.catalog.harvest.tableschema.TestResources;
import fr.hdh.catalog.ontologies.CSVW;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The variable dictionaries satisfy HealthDCAT-AP's shapes for table groups, tables and columns. The
 * test graph holds the variables only, so findings about the dataset node itself (which lacks its
 * DCAT description here) are set aside.
 */
class SndsVariablesValidationTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static SndsDictionary snds;
    private static RecordValidator validator;

    @BeforeAll
    static void load() {
        snds = SndsDictionary.read(TestResources.path("/hdh/demo/snds/schemas"), IRIS);
        validator = new RecordValidator(ShapesLibrary.load(), ReferenceLookup.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmsi-mco", "snds-dcir", "cepidc-bcmd", "snds-damir"})
    void tableGroupTablesAndColumnsHaveNoViolation(String datasetId) {
        Graph g = GraphFactory.createDefaultGraph();
        snds.addVariables(datasetId, g);

        ValidationReport report = validator.validate(IRIS.dataset(datasetId), g);

        Set<String> csvwParts = csvwParts(g);
        assertTrue(csvwParts.size() > 10, "the graph holds the dictionary");
        List<Finding> violations = report.violations().stream()
                .filter(f -> csvwParts.contains(f.focusNode()))
                .toList();
        assertEquals(List.of(), violations, report.toText());
    }

    /** The table group, tables and columns, written as findings name them. */
    private static Set<String> csvwParts(Graph g) {
        List<Node> types = List.of(CSVW.TableGroup.asNode(), CSVW.Table.asNode(), CSVW.Column.asNode());
        return types.stream()
                .flatMap(type -> g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList().stream())
                .map(n -> "<" + n.getURI() + ">")
                .collect(Collectors.toSet());
    }

    @org.junit.jupiter.api.Test
    void aColumnWithoutDatatypeIsReported() {
        Graph g = GraphFactory.createDefaultGraph();
        snds.addVariables("pmsi-mco", g);
        Node dgnPal = NodeFactory.createURI(IRIS.variable("pmsi-mco", "T_MCOaaB", "DGN_PAL"));
        g.find(dgnPal, CSVW.datatype.asNode(), Node.ANY).toList().forEach(g::delete);

        ValidationReport report = validator.validate(IRIS.dataset("pmsi-mco"), g);

        assertTrue(report.violations().stream().anyMatch(f -> f.focusNode().equals("<" + dgnPal.getURI() + ">")),
                report.toText());
    }
}
