package fr.hdh.catalog.harvest.sndsdemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.harvest.tableschema.ForeignKeyTally;
import fr.hdh.catalog.harvest.tableschema.SndsDictionary;
import fr.hdh.catalog.harvest.tableschema.SndsProducts;
import fr.hdh.catalog.harvest.tableschema.TestResources;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole SNDS data dictionary, as shipped, written as the variables of all SNDS datasets. */
class WholeSndsDictionaryTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static SndsDictionary snds;
    private static Graph all;
    private static ForeignKeyTally written;

    @BeforeAll
    static void readEverything() {
        long start = System.nanoTime();
        snds = SndsDictionary.read(TestResources.path("/hdh/demo/snds/schemas"), IRIS);
        all = GraphFactory.createDefaultGraph();
        written = ForeignKeyTally.NONE;
        for (String id : snds.datasetIds()) {
            written = written.plus(snds.addVariables(id, all));
        }
        System.out.printf("SNDS dictionary: %d tables, %d variables, %d triples in %d ms%n",
                snds.tableCount(), snds.variableCount(), all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyTableAndFieldBecomesATableAndAColumn() {
        assertEquals(188, snds.tableCount());
        assertEquals(4_815, snds.variableCount());
        assertEquals(188, instances(CSVW.Table.asNode()).size());
        assertEquals(4_815, instances(CSVW.Column.asNode()).size());
        assertEquals(Set.copyOf(SndsProducts.datasetIdsByFolder().values()), snds.datasetIds());
    }

    @Test
    void everyColumnHasNameTitleDescriptionAndExactlyOneDatatype() {
        for (Node column : instances(CSVW.Column.asNode())) {
            assertEquals(1, count(column, CSVW.name.asNode()), column + " csvw:name");
            assertTrue(count(column, CSVW.title.asNode()) >= 1, column + " csvw:title");
            assertTrue(count(column, DCTerms.description.asNode()) >= 1, column + " dct:description");
            assertEquals(1, count(column, CSVW.datatype.asNode()), column + " csvw:datatype");
        }
    }

    @Test
    void noLiteralHoldsAWindows1252ControlCharacter() {
        List<String> bad = all.find().toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .filter(s -> s.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F))
                .toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void mainDiagnosisOfMcoStaysLinksToTheCim10OfThePmsi() {
        Node dgnPal = NodeFactory.createURI(IRIS.variable("pmsi-mco", "T_MCOaaB", "DGN_PAL"));

        assertTrue(all.contains(NodeFactory.createURI(IRIS.table("pmsi-mco", "T_MCOaaB")), CSVW.column.asNode(), dgnPal));
        assertTrue(all.contains(dgnPal, CSVW.title.asNode(), NodeFactory.createLiteralLang("Diagnostic principal (DP)", "fr")));
        assertTrue(all.contains(dgnPal, HDH.codeList.asNode(), NodeFactory.createURI(IRIS.vocabulary("snds", "MS_CIM_V"))));
    }

    @Test
    void prestationsPointToTheBeneficiaryTableOfAnotherProduct() {
        Node prestations = NodeFactory.createURI(IRIS.table("snds-dcir", "ER_PRS_F"));
        Node beneficiaries = NodeFactory.createURI(IRIS.table("snds-beneficiaires", "IR_BEN_R"));

        boolean linked = all.find(prestations, CSVW.foreignKey.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .flatMap(key -> all.find(key, CSVW.reference.asNode(), Node.ANY).toList().stream())
                .anyMatch(ref -> all.contains(ref.getObject(), CSVW.resource.asNode(), beneficiaries));
        assertTrue(linked);
        assertTrue(all.contains(beneficiaries, RDF.type.asNode(), CSVW.Table.asNode()), "the target is described");
    }

    @Test
    void everyForeignKeyOfTheDictionaryResolves() {
        assertEquals(new ForeignKeyTally(197, 0), snds.foreignKeys());
        assertEquals(snds.foreignKeys(), written);
        assertEquals(197, all.find(Node.ANY, CSVW.foreignKey.asNode(), Node.ANY).toList().size());
        for (Triple t : all.find(Node.ANY, CSVW.resource.asNode(), Node.ANY).toList()) {
            assertTrue(all.contains(t.getObject(), RDF.type.asNode(), CSVW.Table.asNode()), t.getObject() + " is a table");
        }
    }

    @Test
    void noBlankNodes() {
        assertFalse(all.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
    }

    private static Set<Node> instances(Node type) {
        return new HashSet<>(all.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList());
    }

    private static int count(Node s, Node p) {
        return all.find(s, p, Node.ANY).toList().size();
    }
}
