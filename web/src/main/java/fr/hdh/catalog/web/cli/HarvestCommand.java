package fr.hdh.catalog.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hdh harvest}: configure sources and run them, or harvest one source once.
 *
 * <pre>
 * hdh harvest once --type dcat https://example.org/catalog.ttl --data data
 * hdh harvest add data-gouv --type ckan https://www.data.gouv.fr --every 24h --data data
 * hdh harvest list --data data
 * hdh harvest run data-gouv --data data
 * hdh harvest remove data-gouv --data data
 * </pre>
 */
@Command(name = "harvest",
        description = "Harvest DCAT, CKAN, FHIR, Table Schema and OMOP sources: incrementally, validated, with a report.",
        subcommands = {
            HarvestOnceCommand.class,
            HarvestAddCommand.class,
            HarvestListCommand.class,
            HarvestRunCommand.class,
            HarvestRemoveCommand.class
        })
public final class HarvestCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
