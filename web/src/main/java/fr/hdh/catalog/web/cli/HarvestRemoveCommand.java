package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hdh harvest remove ID}: forgets a source; the records it gave stay as they are. */
@Command(name = "remove", description = "Remove a configured source (its records stay in the catalogue).")
final class HarvestRemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!SourceRegistry.in(store.dataDir).remove(id)) {
            throw new CatalogException("No source named '" + id + "'; see hdh harvest list");
        }
        spec.commandLine().getOut().println("source " + id + " removed; its records stay");
        return 0;
    }
}
