package fr.hdh.catalog.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose journal ends with an entry torn by a killed process (its header written, its data not) opens again,
 * with every committed statement: Jena's recovery alone refuses such a journal.
 */
class TornJournalTest {
    private static final Node GRAPH = NodeFactory.createURI("http://test.example/dataset/d1");
    private static final Quad STATEMENT = Quad.create(GRAPH, NodeFactory.createURI("http://test.example/dataset/d1"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("Séjours"));

    @Test
    void aJournalEndingInATornEntryIsCutAndTheStoreOpensWithWhatWasCommitted(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (CatalogStore first = CatalogStore.open(store)) {
            Txn.executeWrite(first.datasetGraph(), () -> first.datasetGraph().add(STATEMENT));
        }
        Path journal = store.resolve("Data-0001").resolve(JournalRepair.JOURNAL);
        long whole = Files.size(journal);
        // an entry announcing 24 bytes of data, killed before writing them: what a kill during a commit leaves
        ByteBuffer torn = ByteBuffer.allocate(28).putInt(24).putInt(0x1234).putInt(1);
        Files.write(journal, torn.array(), StandardOpenOption.APPEND);

        try (CatalogStore again = CatalogStore.open(store)) {
            assertTrue(again.read(() -> again.datasetGraph().contains(STATEMENT)), "the committed statement is there");
        }
        assertEquals(whole, Files.size(journal), "the torn entry is cut, what stood before it kept");
    }

    @Test
    void aWholeJournalIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve(JournalRepair.JOURNAL);
        // one whole entry: header (length 0, checksum over the header with the checksum zeroed), no data
        ByteBuffer entry = ByteBuffer.allocate(28).putInt(0).putInt(0).putInt(3);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(entry.array());
        entry.putInt(4, (int) adler.getValue());
        Files.write(journal, entry.array());

        assertEquals(0, JournalRepair.cutTornTail(journal));
        assertEquals(28, Files.size(journal));
    }
}
