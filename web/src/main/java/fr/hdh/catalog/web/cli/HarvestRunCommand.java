package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hdh harvest run ID...}: harvests configured sources now (all of them when none is named), one after another. */
@Command(name = "run", description = "Harvest configured sources now (all when no ID is given) and print each run's summary.")
final class HarvestRunCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The sources to run.")
    List<String> ids = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SourceRegistry registry = SourceRegistry.in(store.dataDir);
        List<HarvestSource> sources = new ArrayList<>();
        if (ids.isEmpty()) {
            sources.addAll(registry.list());
        }
        for (String id : ids) {
            sources.add(registry.find(id).orElseThrow(() -> new CatalogException("No source named '" + id + "'; see hdh harvest list")));
        }
        int exit = 0;
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            for (HarvestSource source : sources) {
                exit = Math.max(exit, HarvestConsole.runAndPrint(catalog, source, spec));
            }
        }
        return exit;
    }
}
