package fr.hdh.catalog.harvest.tableschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The csvw variable dictionary written from a five-table excerpt of the real SNDS dictionary. */
class SndsDictionaryTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private final SndsDictionary snds = SndsDictionary.read(TestResources.path("/tableschema/schemas"), IRIS);

    @Test
    void groupsTablesByDataset() {
        assertEquals(Set.of("snds-dcir", "snds-dcir-dcirs", "snds-beneficiaires", "pmsi-mco", "snds-damir"),
                snds.datasetIds());
        assertEquals(5, snds.tableCount());
        assertEquals(123 + 51 + 21 + 94 + 77, snds.variableCount());
    }

    @Test
    void datasetPointsToItsTableGroupAndSaysItHasStructuredData() {
        Graph g = variables("snds-dcir");
        Node dataset = uri(IRIS.dataset("snds-dcir"));
        Node group = uri(IRIS.tableGroup("snds-dcir"));

        assertTrue(g.contains(dataset, HealthDCATAP.hasVariables.asNode(), group));
        assertTrue(g.contains(dataset, HealthDCATAP.hasStructuredData.asNode(),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(g.contains(group, RDF.type.asNode(), CSVW.TableGroup.asNode()));
        assertTrue(g.contains(group, CSVW.table.asNode(), uri(IRIS.table("snds-dcir", "ER_PRS_F"))));
    }

    @Test
    void tableHasNameTitleIdentifierKeywordAndPrimaryKey() {
        Graph g = variables("snds-dcir");
        Node table = uri(IRIS.table("snds-dcir", "ER_PRS_F"));

        assertTrue(g.contains(table, CSVW.name.asNode(), NodeFactory.createLiteralString("ER_PRS_F")));
        assertTrue(g.contains(table, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Table des prestations", "fr")));
        assertTrue(g.contains(table, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("ER_PRS_F")));
        assertTrue(g.contains(table, org.apache.jena.vocabulary.DCAT.keyword.asNode(), NodeFactory.createLiteralLang("DCIR", "fr")));
        assertTrue(g.contains(table, CSVW.primaryKey.asNode(), NodeFactory.createLiteralString(
                "DCT_ORD_NUM,FLX_DIS_DTD,FLX_EMT_NUM,FLX_EMT_ORD,FLX_EMT_TYP,FLX_TRT_DTD,ORG_CLE_NUM,PRS_ORD_NUM,REM_TYP_AFF")));
        assertEquals(123, g.find(table, CSVW.column.asNode(), Node.ANY).toList().size());
    }

    @Test
    void codedColumnLinksToItsNomenclatureScheme() {
        Graph g = variables("snds-dcir");
        Node age = uri(IRIS.variable("snds-dcir", "ER_PRS_F", "BEN_AMA_COD"));

        assertTrue(g.contains(age, RDF.type.asNode(), CSVW.Column.asNode()));
        assertTrue(g.contains(age, CSVW.name.asNode(), NodeFactory.createLiteralString("BEN_AMA_COD")));
        assertTrue(g.contains(age, CSVW.title.asNode(), NodeFactory.createLiteralLang(
                "Age du bénéficiaire en mois (si < 2 ans) ou années (si >= 2 ans)", "fr")));
        assertTrue(g.contains(age, CSVW.datatype.asNode(), NodeFactory.createLiteralString("integer")));
        assertTrue(g.contains(age, HDH.fieldLength.asNode(), NodeFactory.createLiteralString("4")));
        assertTrue(g.contains(age, HDH.codeList.asNode(), uri(IRIS.vocabulary("snds", "IR_AMA_V"))));
    }

    @Test
    void yearMonthTypeBecomesTheCsvwBuiltInName() {
        Graph g = variables("snds-beneficiaires");
        Node deathMonth = uri(IRIS.variable("snds-beneficiaires", "IR_BEN_R", "BEN_DCD_AME"));

        assertEquals(List.of(NodeFactory.createLiteralString("gYearMonth")),
                g.find(deathMonth, CSVW.datatype.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList());
    }

    @Test
    void windows1252ControlsReadAsTheCharactersTheyStandFor() {
        Graph g = variables("snds-dcir");

        assertFalse(anyLiteralHasC1Control(g));
        // ER_PRS_F's source text writes l\u0092ouvreur; it must read l’ouvreur.
        assertTrue(g.find(Node.ANY, DCTerms.description.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLexicalForm().contains("l’ouvreur")).hasNext());
    }

    @Test
    void foreignKeyToATableOfAnotherDatasetIsResolved() {
        Graph g = variables("snds-dcir");
        Node table = uri(IRIS.table("snds-dcir", "ER_PRS_F"));
        Node beneficiaries = uri(IRIS.table("snds-beneficiaires", "IR_BEN_R"));

        Node reference = g.find(Node.ANY, CSVW.resource.asNode(), beneficiaries).next().getSubject();
        Node key = g.find(Node.ANY, CSVW.reference.asNode(), reference).next().getSubject();
        assertTrue(g.contains(table, CSVW.foreignKey.asNode(), key));
        assertTrue(key.isURI() && reference.isURI(), "no blank nodes");
        assertTrue(g.contains(key, CSVW.columnReference.asNode(), NodeFactory.createLiteralString("BEN_NIR_PSA,BEN_RNG_GEM")));
        assertTrue(g.contains(reference, CSVW.columnReference.asNode(), NodeFactory.createLiteralString("BEN_NIR_PSA,BEN_RNG_GEM")));
    }

    @Test
    void foreignKeysToTablesOutsideTheDictionaryAreLeftOutAndCounted() {
        // ER_PRS_F → BE_IDE_R and T_MCOaaB → T_MCOaaE point outside this excerpt.
        assertEquals(new ForeignKeyTally(4, 2), snds.foreignKeys());

        Graph g = GraphFactory.createDefaultGraph();
        assertEquals(new ForeignKeyTally(4, 1), snds.addVariables("snds-dcir", g));
        assertEquals(4, g.find(Node.ANY, CSVW.foreignKey.asNode(), Node.ANY).toList().size());
    }

    @Test
    void tableWithoutTitleIsTitledByItsName() {
        Graph g = variables("snds-damir");

        assertTrue(g.contains(uri(IRIS.table("snds-damir", "MA_REM_FT")), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("MA_REM_FT", "fr")));
    }

    static boolean anyLiteralHasC1Control(Graph g) {
        return g.find().filterKeep(t -> t.getObject().isLiteral()).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .anyMatch(s -> s.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F));
    }

    private Graph variables(String datasetId) {
        Graph g = GraphFactory.createDefaultGraph();
        snds.addVariables(datasetId, g);
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
