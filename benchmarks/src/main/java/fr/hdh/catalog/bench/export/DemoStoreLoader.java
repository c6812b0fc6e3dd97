package fr.hdh.catalog.bench.export;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.nio.file.Path;

/**
 * The TDB2 store the benchmarks share: the demo content under the base IRI {@value #BASE_IRI}, loaded
 * once (a store already holding this demo content loads nothing).
 *
 * <pre>
 * java -Xmx3g -cp target/benchmarks.jar fr.hdh.catalog.bench.export.DemoStoreLoader target/demo-store
 * </pre>
 */
public final class DemoStoreLoader {
    /** The benchmark store's base IRI; the benchmark queries name IRIs under it. */
    public static final String BASE_IRI = "http://bench.example/";

    private DemoStoreLoader() {}

    /** Opens the store in {@code dir}, loading the demo content into it when it is not there yet. */
    public static Catalog open(Path dir) {
        Catalog catalog = Catalog.open(CatalogConfig.onDisk(dir, BASE_IRI), EuVocabularies.bundled().lookup());
        try {
            DemoContent.LoadResult result = DemoContent.bundled().loadInto(catalog, Progress.NONE);
            System.err.println("demo store " + dir + ": " + result);
            return catalog;
        } catch (RuntimeException e) {
            catalog.close();
            throw e;
        }
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DemoStoreLoader STORE_DIR");
            System.exit(2);
        }
        try (Catalog catalog = open(Path.of(args[0]))) {
            System.err.println("demo store ready: " + catalog.stats().triples() + " triples");
        }
    }
}
