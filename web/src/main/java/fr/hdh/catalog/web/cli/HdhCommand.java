package fr.hdh.catalog.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hdh} command line: serve the catalogue, import, validate, export, count, manage users, back up
 * and restore.
 *
 * <pre>
 * java -jar web/target/hdh.jar serve --port 8080 --data data --demo
 * java -jar web/target/hdh.jar import --data data dataset.ttl
 * java -jar web/target/hdh.jar import-vocabulary --data data --version 1 code-list.csv
 * java -jar web/target/hdh.jar validate dataset.ttl
 * java -jar web/target/hdh.jar export --data data &gt; catalogue.nq
 * java -jar web/target/hdh.jar harvest once --type dcat https://example.org/catalog.ttl --data data
 * java -jar web/target/hdh.jar user add alice --role curator --data data
 * java -jar web/target/hdh.jar backup --data data catalogue.nq.gz
 * java -jar web/target/hdh.jar restore catalogue.nq.gz --data restored
 * </pre>
 */
@Command(name = "hdh",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Health-data metadata catalogue: a DCAT-AP 3 / HealthDCAT-AP knowledge graph.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ImportUsageCommand.class,
            ImportVocabularyCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            ReindexCommand.class,
            HarvestCommand.class,
            UserCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class HdhCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (exit codes, error handling), for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HdhCommand());
        cli.setExecutionExceptionHandler(new CatalogErrorHandler());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
