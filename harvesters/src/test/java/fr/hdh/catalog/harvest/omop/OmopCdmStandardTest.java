package fr.hdh.catalog.harvest.omop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.tableschema.TestResources;
import fr.hdh.catalog.ontologies.CSVW;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OMOP CDM 5.4 specification, as shipped in hdh/demo/omop, as one standard record. */
class OmopCdmStandardTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static CatalogRecord omop;
    private static Graph g;

    @BeforeAll
    static void read() {
        omop = OmopCdmStandard.read(TestResources.path("/hdh/demo/omop"), IRIS, new RecordSource("urn:hdh:demo", "demo"));
        g = omop.content();
    }

    @Test
    void isAStandardRecordWithItsTablesAsParts() {
        assertEquals(IRIS.standard("omop-cdm-5.4"), omop.iri());
        assertEquals(RecordKind.STANDARD, omop.kind());
        assertTrue(g.contains(omop.node(), RDF.type.asNode(), DCTerms.Standard.asNode()));
        assertTrue(g.contains(omop.node(), DCTerms.title.asNode(), NodeFactory.createLiteralLang("OMOP Common Data Model 5.4", "en")));
        assertEquals(39, g.find(omop.node(), DCTerms.hasPart.asNode(), Node.ANY).toList().size());
        assertEquals(39, g.find(Node.ANY, RDF.type.asNode(), CSVW.Table.asNode()).toList().size());
        assertEquals(432, columns().size());
    }

    @Test
    void everyColumnHasNameTitleDescriptionOneDatatypeAndRequired() {
        for (Node c : columns()) {
            assertEquals(1, g.find(c, CSVW.name.asNode(), Node.ANY).toList().size(), c + " name");
            assertTrue(g.contains(c, CSVW.title.asNode(), Node.ANY), c + " title");
            assertTrue(g.contains(c, DCTerms.description.asNode(), Node.ANY), c + " description");
            assertEquals(1, g.find(c, CSVW.datatype.asNode(), Node.ANY).toList().size(), c + " datatype");
            assertEquals(1, g.find(c, CSVW.required.asNode(), Node.ANY).toList().size(), c + " required");
        }
    }

    @Test
    void personTableHasItsKeyAndRequiredFields() {
        Node person = NodeFactory.createURI(IRIS.standardTable("omop-cdm-5.4", "person"));
        Node personId = NodeFactory.createURI(IRIS.standardField("omop-cdm-5.4", "person", "person_id"));
        Node monthOfBirth = NodeFactory.createURI(IRIS.standardField("omop-cdm-5.4", "person", "month_of_birth"));

        assertTrue(g.contains(person, CSVW.primaryKey.asNode(), NodeFactory.createLiteralString("person_id")));
        assertTrue(g.contains(person, CSVW.column.asNode(), personId));
        assertTrue(g.contains(personId, CSVW.datatype.asNode(), NodeFactory.createLiteralString("integer")));
        assertTrue(g.contains(personId, CSVW.required.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(g.contains(monthOfBirth, CSVW.required.asNode(), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
    }

    @Test
    void genderPointsToTheConceptTable() {
        Node person = NodeFactory.createURI(IRIS.standardTable("omop-cdm-5.4", "person"));
        Node concept = NodeFactory.createURI(IRIS.standardTable("omop-cdm-5.4", "concept"));

        Node key = g.find(person, CSVW.foreignKey.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(k -> g.contains(k, CSVW.columnReference.asNode(), NodeFactory.createLiteralString("gender_concept_id")))
                .findFirst().orElseThrow();
        Node reference = g.find(key, CSVW.reference.asNode(), Node.ANY).next().getObject();
        assertTrue(g.contains(reference, CSVW.resource.asNode(), concept));
        assertTrue(g.contains(reference, CSVW.columnReference.asNode(), NodeFactory.createLiteralString("concept_id")));
        // 176 fields are foreign keys, all to tables of the model.
        assertEquals(176, g.find(Node.ANY, CSVW.foreignKey.asNode(), Node.ANY).toList().size());
    }

    @Test
    void csvwPartsHaveNoViolation() {
        ValidationReport report = new RecordValidator(ShapesLibrary.load(), ReferenceLookup.NONE).validate(omop);

        List<Finding> violations = report.violations();
        assertEquals(List.of(), violations, report.toText());
    }

    private static List<Node> columns() {
        return g.find(Node.ANY, RDF.type.asNode(), CSVW.Column.asNode()).mapWith(Triple::getSubject).toList();
    }
}
