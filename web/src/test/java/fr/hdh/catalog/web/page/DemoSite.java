package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.sys.WebModules;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * The real demo content (~25 s to load) in a TDB2 store on disk, served by the real server with every
 * web module (DCAT API and pages, search, samples) on port 0, under the base IRI {@value #BASE}. Loaded once per test JVM and
 * shared by every test class that needs it (browser, DCAT, search relevance, samples, export). With {@code -Dhdh.test.demoStore=DIR} the
 * store is kept in {@code DIR-pages} between runs (a store already holding this demo loads nothing).
 */
public final class DemoSite {
    public static final String BASE = "http://test.example/";
    private static DemoSite shared;

    private final Catalog catalog;
    private final CatalogServer server;

    private DemoSite(Path dataDir) {
        this.catalog = Catalog.open(CatalogConfig.onDisk(dataDir, BASE), EuVocabularies.bundled().lookup());
        DemoContent.bundled().loadInto(catalog, Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        this.server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(10)),
                readiness, WebModules.all(catalog));
    }

    /** The shared site, loaded at the first call. */
    public static synchronized DemoSite get() {
        if (shared == null) {
            Path folder = storeFolder();
            boolean kept = System.getProperty("hdh.test.demoStore") != null;
            shared = new DemoSite(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.server.stop();
                shared.catalog.close();
                if (!kept) {
                    deleteQuietly(folder);
                }
            }));
        }
        return shared;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Datasets in the store, counted in the graph (the truth pages and search are checked against). */
    public long datasetCount() {
        return catalog.store().read(() -> (long) catalog.store().union()
                .find(null, RDF.type.asNode(), DCAT.Dataset.asNode())
                .toList().size());
    }

    /** The port the server really bound. */
    public int port() {
        return server.port();
    }

    /** The address of a path on this server, e.g. {@code url("/catalog")}. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** The address on this server of an IRI minted under {@link #BASE}. */
    public String urlOf(String iri) {
        if (!iri.startsWith(BASE)) {
            throw new IllegalArgumentException("not under the base IRI: " + iri);
        }
        return url("/" + iri.substring(BASE.length()));
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static Path storeFolder() {
        String kept = System.getProperty("hdh.test.demoStore");
        try {
            return kept != null ? Path.of(kept + "-pages") : Files.createTempDirectory("hdh-pages-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
