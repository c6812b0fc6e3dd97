package fr.hdh.catalog.bench.versions;

import fr.hdh.catalog.bench.export.DemoStoreLoader;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.VersionDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What a version of an SNDS-sized record costs: the demo's PMSI MCO dataset record (its tables and
 * variables included) written as a producer's record under a new IRI, then changed {@code N} times (one
 * title each). Prints the record's size, the time per version and the workspace's growth on disk per
 * version (versions are full snapshots; TDB2 shares the nodes), and the time of a diff between two versions.
 *
 * <pre>
 * java -cp target/benchmarks.jar fr.hdh.catalog.bench.versions.VersionCostBenchmark target/demo-store 10
 * </pre>
 */
public final class VersionCostBenchmark {
    private VersionCostBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo-store");
        int versions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (Catalog catalog = DemoStoreLoader.open(dir)) {
            String source = DemoStoreLoader.BASE_IRI + "dataset/pmsi-mco";
            Graph content = catalog.records().content(source).orElseThrow(() -> new IllegalStateException("no " + source));
            String iri = DemoStoreLoader.BASE_IRI + "dataset/pmsi-mco-copy-" + System.currentTimeMillis();
            Graph renamed = renamed(content, source, iri);
            System.out.printf("record: %,d triples (PMSI MCO with its tables and variables)%n", renamed.size());
            long before = size(dir.resolve("workspace"));
            long t0 = System.nanoTime();
            catalog.workflow().create(record(iri, renamed), User.ADMINISTRATOR, Optional.of("benchmark"));
            long first = System.nanoTime() - t0;
            long changes = 0;
            for (int v = 1; v <= versions; v++) {
                Graph changed = retitled(renamed, iri, "PMSI MCO, version " + (v + 1));
                long t = System.nanoTime();
                catalog.workflow().update(iri, record(iri, changed), v, User.ADMINISTRATOR, Optional.of("change " + v));
                changes += System.nanoTime() - t;
            }
            long after = size(dir.resolve("workspace"));
            long t = System.nanoTime();
            VersionDiff diff = catalog.workflow().diff(iri, 1, versions + 1);
            long diffNanos = System.nanoTime() - t;
            System.out.printf("first version (validated, written): %.0f ms; each further version: %.0f ms (mean of %d)%n",
                    first / 1e6, changes / 1e6 / versions, versions);
            System.out.printf("workspace on disk: +%,d bytes for %d versions = %,d bytes per version (%,.0f bytes per triple)%n",
                    after - before, versions + 1, (after - before) / (versions + 1),
                    (after - before) / (double) (versions + 1) / renamed.size());
            System.out.printf("diff of versions 1 and %d: %.0f ms, %d propert%s changed%n", versions + 1, diffNanos / 1e6,
                    diff.properties().size(), diff.properties().size() == 1 ? "y" : "ies");
        }
    }

    private static CatalogRecord record(String iri, Graph content) {
        return new CatalogRecord(iri, RecordKind.DATASET, content, new RecordSource("bench:versions", "bench"));
    }

    private static Graph renamed(Graph content, String from, String to) {
        Graph g = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(t -> g.add(Triple.create(rename(t.getSubject(), from, to),
                t.getPredicate(), rename(t.getObject(), from, to))));
        return g;
    }

    private static Node rename(Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    private static Graph retitled(Graph content, String iri, String title) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(iri);
        content.find().filterDrop(t -> t.getSubject().equals(ds) && t.getPredicate().equals(DCTerms.title.asNode())
                && "fr".equals(t.getObject().getLiteralLanguage())).forEachRemaining(g::add);
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        return g;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
