package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hdh harvest list}: the configured sources, one a line. */
@Command(name = "list", description = "List the configured sources.")
final class HarvestListCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<HarvestSource> sources = SourceRegistry.in(store.dataDir).list();
        PrintWriter out = spec.commandLine().getOut();
        if (sources.isEmpty()) {
            out.println("no source configured; add one with: hdh harvest add ID --type TYPE LOCATION");
        }
        for (HarvestSource s : sources) {
            out.println(s.id() + "\t" + s.type().cliName() + "\t" + s.location() + "\t"
                    + s.interval().map(d -> "every " + d).orElse("on demand")
                    + (s.allowedHosts().isEmpty() ? "" : "\tallows " + String.join(",", s.allowedHosts().stream().sorted().toList())));
        }
        out.flush();
        return 0;
    }
}
