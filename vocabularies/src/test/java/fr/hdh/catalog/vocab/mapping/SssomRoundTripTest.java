package fr.hdh.catalog.vocab.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Real SSSOM files (see {@code sssom/SOURCES.md}) read, stored as a graph in TDB2 and written back give
 * the same mapping set, row for row; and written as TSV they read back the same.
 */
class SssomRoundTripTest {
    static final List<String> FILES = List.of("mp_hp_mgi_all", "mp_hp_eye_impc", "foodie-inc-2022-05-01",
            "pipe-escaping", "extension-slots", "literals", "curation_rule");
    static final String SET = "http://test.example/mapping-set/x";

    static String text(String name) {
        try (InputStream in = SssomRoundTripTest.class.getResourceAsStream("/sssom/" + name + ".sssom.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> graphRoundTripKeepsEveryRow() {
        return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            MappingSet read = SssomTsvReader.read(name, text(name));
            assertFalse(read.mappings().isEmpty());
            MappingSet back = MappingSetGraph.fromGraph(throughTdb2(MappingSetGraph.toGraph(read, SET)), SET);
            assertEquals(read.mappings(), back.mappings());
            assertEquals(read.metadata(), back.metadata());
            assertEquals(read.curieMap(), back.curieMap());
            assertEquals(read.extensions().size(), back.extensions().size());
        }));
    }

    @TestFactory
    Stream<DynamicTest> tsvRoundTripKeepsEveryRow() {
        return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            MappingSet read = SssomTsvReader.read(name, text(name));
            String written = SssomTsvWriter.write(read);
            assertTrue(written.startsWith("#curie_map:"), written.substring(0, 40));
            MappingSet again = SssomTsvReader.read(name + " (written)", written);
            assertEquals(read, again);
        }));
    }

    @Test
    void theWholeMgiFileIsRead() {
        MappingSet set = SssomTsvReader.read("mgi", text("mp_hp_mgi_all"));
        assertEquals(1564, set.mappings().size());
        Mapping first = set.mappings().get(0);
        assertEquals("MP:0003622", first.first("subject_id").orElseThrow());
        assertEquals("1.0", first.first("confidence").orElseThrow(), "numbers spelt one way");
        assertEquals(List.of("orcid:0000-0003-4606-0597", "orcid:0000-0002-6490-7723"),
                set.mappings().get(5).all("author_id"), "multi-valued, in the file's order");
        assertEquals(5, set.metadata().get("creator_id").size());
    }

    @Test
    void pipesEscapedInACellAreOneValue() {
        MappingSet set = SssomTsvReader.read("pipes", text("pipe-escaping"));
        assertEquals(List.of("Alice|Bob", "Charlie"), set.mappings().get(0).all("author_label"));
        assertEquals(List.of("Alice\\Bob", "Charlie\\", "David\\|Eve\\"), set.mappings().get(1).all("author_label"));
    }

    @Test
    void theGraphStatesTheMatchAndItsReification() {
        MappingSet set = SssomTsvReader.read("eye", text("mp_hp_eye_impc"));
        Graph g = MappingSetGraph.toGraph(set, SET);
        Node mp = NodeFactory.createURI("http://purl.obolibrary.org/obo/MP_0001293");
        Node hp = NodeFactory.createURI("http://purl.obolibrary.org/obo/HP_0000528");
        assertTrue(g.contains(mp, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch"), hp));
        Node m2 = NodeFactory.createURI(MappingSetGraph.mappingIri(SET, 2));
        assertTrue(g.contains(m2, NodeFactory.createURI("http://www.w3.org/2002/07/owl#annotatedSource"), mp));
        assertTrue(g.contains(m2, NodeFactory.createURI("http://www.w3.org/2002/07/owl#annotatedTarget"), hp));
        assertTrue(g.contains(m2, NodeFactory.createURI(SssomSlots.SSSOM + "mapping_justification"),
                NodeFactory.createURI("https://w3id.org/semapv/vocab/LexicalMatching")));
    }

    /** {@code g} written to and read back from an in-memory TDB2 database, as the catalogue stores it. */
    static Graph throughTdb2(Graph g) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node name = NodeFactory.createURI(SET);
        dsg.executeWrite(() -> g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.begin(TxnType.READ);
        try {
            dsg.getGraph(name).find().forEachRemaining(copy::add);
        } finally {
            dsg.end();
        }
        return copy;
    }
}
