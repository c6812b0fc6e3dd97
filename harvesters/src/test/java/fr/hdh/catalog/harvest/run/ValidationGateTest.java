package fr.hdh.catalog.harvest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** How many transactions a wave is written in. */
class ValidationGateTest {

    @Test
    void aLargeWaveIsWrittenInAboutEightCommitsAndASmallOneInCommitsOfTheLeastSize() {
        assertEquals(125_000, ValidationGate.commitSize(wave(1_000, 1_000)).triples());
        assertEquals(ValidationGate.MIN_TRIPLES_PER_COMMIT, ValidationGate.commitSize(wave(2_000, 30)).triples());
        assertEquals(ValidationGate.MIN_TRIPLES_PER_COMMIT, ValidationGate.commitSize(List.of()).triples());
    }

    private static List<CatalogRecord> wave(int records, int triplesEach) {
        List<CatalogRecord> wave = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            Graph g = GraphFactory.createDefaultGraph();
            for (int t = 0; t < triplesEach; t++) {
                g.add(NodeFactory.createURI("urn:r:" + r), RDFS.label.asNode(), NodeFactory.createLiteralString("label " + t));
            }
            wave.add(new CatalogRecord("urn:r:" + r, RecordKind.DATASET, g, new RecordSource("urn:s", "test")));
        }
        return wave;
    }
}
