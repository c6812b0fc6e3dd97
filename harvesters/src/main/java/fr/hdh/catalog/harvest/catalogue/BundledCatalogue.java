package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.file.ClasspathFiles;
import java.nio.file.Path;

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
        return ClasspathFiles.path(FOLDER + fileName);
    }
}
