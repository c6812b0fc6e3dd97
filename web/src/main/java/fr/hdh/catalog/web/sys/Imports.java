package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.file.RecordFiles;
import fr.hdh.catalog.harvest.file.TableSchemaIntoDataset;
import java.util.Optional;

/** Wires the file readers of the command line to a catalogue. */
public final class Imports {
    private Imports() {}

    /**
     * A reader for user files; Table Schema files go into the dataset named by {@code datasetIri};
     * JSON-LD contexts are fetched through {@code contexts} (the one door) or read from the file's folder.
     */
    public static RecordFiles files(Catalog catalog, Optional<String> datasetIri, Fetcher contexts) {
        return new RecordFiles(new TableSchemaIntoDataset(catalog, datasetIri), contexts);
    }

    /** An empty in-memory catalogue, to validate files when no store exists. */
    public static Catalog scratchCatalog() {
        return Catalog.open(CatalogConfig.inMemory("http://localhost:8080/"), Background.lookup());
    }
}
