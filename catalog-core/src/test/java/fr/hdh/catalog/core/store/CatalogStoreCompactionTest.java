package fr.hdh.catalog.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction: what many transactions left behind goes, the data stays, SPARQL's default graph is still the
 * union, a reader begun before it finishes first (compaction waits for it), and a call inside a transaction is refused.
 */
class CatalogStoreCompactionTest {
    @TempDir
    Path dir;

    @Test
    void compactionShrinksTheFolderAndKeepsTheDataAndTheUnionDefaultGraph() throws Exception {
        try (CatalogStore store = CatalogStore.open(dir.resolve("db"))) {
            StoreWriter writer = store.writer();
            for (int round = 0; round < 40; round++) {
                int r = round;
                writer.write(() -> {
                    for (int i = 0; i < 50; i++) {
                        writer.replaceRecordGraph("http://test.example/dataset/d" + i, graph(i, r));
                    }
                });
            }
            long before = store.bytesOnDisk();
            long version = store.version();
            CountDownLatch reading = new CountDownLatch(1);
            CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> store.read(() -> {
                reading.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return store.count("http://test.example/dataset/d7", org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
            }));
            reading.await();

            store.compact();

            assertTrue(reader.isDone(), "compaction waited for the reader begun before it");
            assertEquals(3L, reader.get(), "the reader read what it saw");
            assertTrue(store.bytesOnDisk() < before, store.bytesOnDisk() + " < " + before);
            assertEquals(version, store.version(), "the data did not change");
            assertEquals(50L * 3, store.read(() -> countInDefaultGraph(store)), "the default graph is the union still");
            writer.write(() -> writer.replaceRecordGraph("http://test.example/dataset/new", graph(99, 0)));
            assertEquals(51L * 3, store.read(() -> countInDefaultGraph(store)), "writes go on after it");
            assertFalse(store.compactIfGrown(1L << 30), "not grown enough to compact again");
            assertThrows(IllegalStateException.class, () -> store.read(() -> {
                store.compact();
                return null;
            }));
        }
    }

    private static long countInDefaultGraph(CatalogStore store) {
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    private static Graph graph(int i, int round) {
        Graph g = GraphFactory.createDefaultGraph();
        var s = NodeFactory.createURI("http://test.example/dataset/d" + i);
        g.add(s, NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("title " + i + " " + round));
        g.add(s, NodeFactory.createURI("http://purl.org/dc/terms/identifier"), NodeFactory.createLiteralString("d" + i));
        g.add(s, NodeFactory.createURI("http://purl.org/dc/terms/description"), NodeFactory.createLiteralString("round " + round));
        return g;
    }
}
