package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.web.page.DemoSite;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdh export} of the real demo content (loaded once per test JVM by {@link DemoSite}), parsed
 * back, is isomorphic to what the store holds, record graph by record graph: nothing lost, nothing
 * added, no graph split or merged. The export is read back as a stream and compared one graph at a
 * time, so the test never holds the whole catalogue in memory.
 */
class ExportRoundTripTest {
    private static CatalogStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadDemo() {
        store = DemoSite.get().catalog().store();
    }

    @Test
    void export_nquadsOfTheDemoParseBackToTheStoredGraphs() throws Exception {
        Path file = dir.resolve("demo.nq");
        long written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = new StoreExport(store).writeTo(out, StoreExport.Format.NQUADS);
        }
        GraphByGraph check = store.read(() -> {
            GraphByGraph comparison = new GraphByGraph(store);
            RDFParser.source(file).lang(Lang.NQUADS).parse(comparison);
            return comparison;
        });

        assertEquals(List.of(), check.problems, "graphs that differ from the store");
        List<String> stored = store.read(store::recordNames);
        assertEquals(new HashSet<>(stored), check.seen, "every record graph is exported, and only those");
        assertTrue(stored.size() > 500, "the demo's records: " + stored.size());
        assertEquals(written, check.quads, "every quad written is read back");
        assertTrue(check.quads > 900_000, "the demo's quads: " + check.quads);
    }

    /**
     * Collects the quads of one graph at a time and compares each finished graph with the stored one.
     * The export writes a graph's quads together; a graph that comes back later is reported.
     */
    private static final class GraphByGraph extends StreamRDFBase {
        private final CatalogStore store;
        final Set<String> seen = new HashSet<>();
        final List<String> problems = new ArrayList<>();
        long quads;
        private Node current;
        private Graph collected;

        GraphByGraph(CatalogStore store) {
            this.store = store;
        }

        @Override
        public void quad(Quad quad) {
            quads++;
            Node graph = quad.getGraph();
            if (!graph.equals(current)) {
                compareCollected();
                if (!graph.isURI() || Quad.isDefaultGraph(graph)) {
                    problems.add("a quad outside any record graph: " + quad);
                } else if (!seen.add(graph.getURI())) {
                    problems.add("the quads of <" + graph.getURI() + "> are not together in the export");
                }
                current = graph;
                collected = GraphFactory.createDefaultGraph();
            }
            collected.add(quad.asTriple());
        }

        @Override
        public void triple(Triple triple) {
            quads++;
            problems.add("a triple outside any record graph: " + triple);
        }

        @Override
        public void finish() {
            compareCollected();
        }

        private void compareCollected() {
            if (current == null || !current.isURI()) {
                return;
            }
            Graph stored = store.recordGraph(current.getURI()).orElse(GraphFactory.createDefaultGraph());
            if (!stored.isIsomorphicWith(collected)) {
                problems.add("<" + current.getURI() + ">: stored " + stored.size() + " triples, exported "
                        + collected.size());
            }
            current = null;
            collected = null;
        }
    }
}
