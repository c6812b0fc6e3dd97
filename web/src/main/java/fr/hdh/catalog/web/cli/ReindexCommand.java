package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hdh reindex}: rebuilds the search index of the store from its records, with progress on
 * standard error. The index is derived: this is always safe, and needed only when it was deleted or
 * damaged (the server also repairs it at start-up).
 */
@Command(name = "reindex", description = "Rebuild the search index from the records in the store.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            SearchService.SyncReport report = catalog.search().rebuild(new ConsoleProgress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("reindexed %,d records: %,d searchable items in %,d ms%n",
                    report.reindexed(), report.documents(), report.millis());
            out.flush();
        }
        return 0;
    }
}
