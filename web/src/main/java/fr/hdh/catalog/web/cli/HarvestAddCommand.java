package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hdh harvest add ID --type TYPE LOCATION [--every 6h] [--allow-host HOST]...}: configures a source. */
@Command(name = "add", description = "Configure a source to harvest on demand or, with --every, on a schedule in the server.")
final class HarvestAddCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "A short name: letters, digits, '.', '_' or '-'.")
    String id;

    @Parameters(index = "1", paramLabel = "LOCATION", description = "A file, a folder or an http(s) URL.")
    String location;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "dcat, ckan, fhir, tableschema or omop.")
    String type;

    @Option(names = "--every", paramLabel = "INTERVAL", description = "How often the server harvests it: 30m, 6h, 1d or PT6H.")
    String every;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "A loopback or private host it may reach; repeatable.")
    List<String> allowedHosts = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        HarvestSource source;
        try {
            source = new HarvestSource(id, HarvestOnceCommand.parseType(type), location,
                    Optional.ofNullable(every).map(HarvestConsole::interval), Set.copyOf(allowedHosts));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        SourceRegistry.in(store.dataDir).add(source);
        spec.commandLine().getOut().println("source " + id + " added (" + source.type().cliName() + ", " + location
                + source.interval().map(d -> ", every " + d).orElse(", on demand") + ")");
        return 0;
    }
}
