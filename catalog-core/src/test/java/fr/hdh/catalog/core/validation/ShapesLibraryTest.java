package fr.hdh.catalog.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.net.LoopbackListener;
import fr.hdh.catalog.ontologies.ProfileResource;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

class ShapesLibraryTest {

    @Test
    void everyAccessLevelHasParsedShapesIncludingTheHealthDcatDatasetShape() {
        ShapesLibrary library = ShapesLibrary.shared();
        for (AccessProfile profile : AccessProfile.values()) {
            Shapes shapes = library.shapes(profile);
            assertTrue(shapes.numShapes() > 30, profile + " has only " + shapes.numShapes() + " shapes");
            assertTrue(shapes.numShapes() > library.shapes(ValidationProfile.DCAT_AP).numShapes(),
                    profile + " adds the HealthDCAT-AP shapes to DCAT-AP's");
        }
    }

    @Test
    void theMendTurnsThePathlessPropertyShapeIntoANodeShapeAndDropsImports() {
        Graph g = GraphFactory.createDefaultGraph();
        ShapesLibrary.readInto(g, ProfileResource.HEALTHDCAT_AP_PUBLIC);
        assertTrue(g.contains(Node.ANY, OWL.imports.asNode(), Node.ANY));
        long pathless = g.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !g.contains(t.getObject(), SHACL.path, Node.ANY)).toList().size();
        assertEquals(1, pathless, "the published file holds exactly one property shape without sh:path");

        ShapesLibrary.mend(g);

        assertFalse(g.contains(Node.ANY, OWL.imports.asNode(), Node.ANY));
        assertEquals(0, g.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !g.contains(t.getObject(), SHACL.path, Node.ANY)).toList().size());
        Shapes.parse(g);
    }

    @Test
    void theUnmendedHealthDcatFileIsRefusedByJena() {
        Graph g = GraphFactory.createDefaultGraph();
        ShapesLibrary.readInto(g, ProfileResource.HEALTHDCAT_AP_PUBLIC);
        assertThrows(RuntimeException.class, () -> Shapes.parse(g),
                "if Jena starts accepting the published file, the mend can go");
    }

    @Test
    void theGeneratedDcatAp301ShapesStillFailToParseSoTheModularFilesAreUsed() {
        Graph g = GraphFactory.createDefaultGraph();
        assertThrows(RuntimeException.class, () -> {
            ShapesLibrary.readInto(g, ProfileResource.DCAT_AP_3_0_1_GENERATED_SHAPES);
            Shapes.parse(g);
        }, "if Jena starts reading the generated file, it could replace the modular one");
    }

    @Test
    void owlImportsInShapesOrInARecordNeverOpenAConnection() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            Node elsewhere = NodeFactory.createURI("http://127.0.0.1:" + listener.port() + "/shapes.ttl");
            Graph shapes = GraphFactory.createDefaultGraph();
            ShapesLibrary.readInto(shapes, ProfileResource.HDH_SHAPES);
            shapes.add(NodeFactory.createURI("urn:hdh:shapes"), OWL.imports.asNode(), elsewhere);
            ShapesLibrary.mend(shapes);
            Shapes parsed = Shapes.parse(shapes);

            Graph record = GraphFactory.createDefaultGraph();
            record.add(NodeFactory.createURI("urn:hdh:record"), OWL.imports.asNode(), elsewhere);
            ShaclValidator.get().validate(parsed, record);
            ShaclValidator.get().validate(ShapesLibrary.shared().shapes(ValidationProfile.DCAT_AP), record);
            assertEquals(0, listener.connections());
        }
    }
}
