package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogStats;
import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hdh stats}: what the store holds, by class. */
@Command(name = "stats", description = "Count records, triples and resources per class in the store.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            CatalogStats stats = catalog.stats();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-40s %,12d%n", "records (named graphs)", stats.records());
            out.printf("%-40s %,12d%n", "triples", stats.triples());
            for (Map.Entry<String, Long> e : stats.classCounts().entrySet()) {
                out.printf("%-40s %,12d%n", Namespaces.shortForm(e.getKey()), e.getValue());
            }
            out.flush();
        }
        return 0;
    }
}
