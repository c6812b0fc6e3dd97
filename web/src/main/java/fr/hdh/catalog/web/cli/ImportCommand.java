package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.harvest.file.RecordFiles;
import fr.hdh.catalog.web.sys.CatalogOpener;
import fr.hdh.catalog.web.sys.Imports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hdh import FILE...}: reads every file, validates every record, then writes them all in one
 * transaction. A malformed file or an invalid record stops the import and nothing is written.
 */
@Command(name = "import", description = "Import records from RDF files (Turtle, RDF/XML, JSON-LD, N-Triples, "
        + "N-Quads, TriG) or Table Schema JSON; all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--dataset", paramLabel = "IRI",
            description = "For Table Schema files: the dataset whose variable dictionary receives the table.")
    String datasetIri;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080);
             HttpFetcher contexts = new HttpFetcher(FetchPolicy.defaults())) {
            RecordFiles.Result read = Imports.files(catalog, Optional.ofNullable(datasetIri), contexts).read(files, "cli");
            PrintWriter out = spec.commandLine().getOut();
            read.notes().forEach(n -> out.println("note: " + n));
            ChangeSummary summary = catalog.records().putAll(read.records(),
                    new ConsoleProgress(spec.commandLine().getErr()));
            out.println(read.records().size() + " record(s) read: " + summary);
            out.flush();
        }
        return 0;
    }
}
