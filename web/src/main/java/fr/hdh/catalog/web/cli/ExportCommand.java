package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hdh export}: the whole store on standard output, streamed in one read transaction (memory
 * stays flat whatever the size; see {@link StoreExport}). N-Quads and TriG keep each record's graph;
 * Turtle merges them.
 */
@Command(name = "export", description = "Write the store to standard output (N-Quads by default).")
final class ExportCommand implements Callable<Integer> {
    /** The option's values, lower case as users type them. */
    enum Format {
        nquads(StoreExport.Format.NQUADS), trig(StoreExport.Format.TRIG), turtle(StoreExport.Format.TURTLE);

        final StoreExport.Format export;

        Format(StoreExport.Format export) {
            this.export = export;
        }
    }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads (default), trig (graphs kept) or turtle (graphs merged).")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            new StoreExport(catalog.store()).writeTo(System.out, format.export);
        }
        return 0;
    }
}
