package fr.hdh.catalog.harvest.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seed catalogue files bundled under {@code hdh/demo/catalogue/}, as paths, whether the classes
 * run from a folder or from a jar (then the path lives in the jar's zip file system, opened once and
 * left open for the life of the process).
 *
 * <pre>
 * List&lt;CatalogRecord&gt; datasets = reader.datasets(BundledCatalogue.datasets());
 * </pre>
 */
public final class BundledCatalogue {
    private static final String FOLDER = "hdh/demo/catalogue/";

    private BundledCatalogue() {}

    /** The 40 datasets of the seed list. */
    public static Path datasets() {
        return path("datasets.csv");
    }

    /** The four SNDS products of the data dictionary missing from the seed list (see README-snds-products.md). */
    public static Path sndsProducts() {
        return path("snds-products.csv");
    }

    /** The 22 producers, the Health Data Hub included. */
    public static Path producers() {
        return path("producers.csv");
    }

    static Path path(String fileName) {
        URL url = BundledCatalogue.class.getClassLoader().getResource(FOLDER + fileName);
        if (url == null) {
            throw new IllegalStateException("Missing from the classpath: " + FOLDER + fileName);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openZipFileSystem(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad resource URL " + url, e);
        }
    }

    private static synchronized void openZipFileSystem(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // opened by an earlier call
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + uri, e);
        }
    }
}
