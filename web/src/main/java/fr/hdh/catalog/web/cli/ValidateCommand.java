package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.validation.ValidationReport;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hdh validate FILE...}: validates the records in the files against the application profile
 * and prints the report; exits 1 when any record has a violation. Nothing is written. When a store
 * exists at {@code --data}, what the records point to (publishers, code lists) is looked up there.
 */
@Command(name = "validate", description = "Validate records against DCAT-AP 3 / HealthDCAT-AP; exit 1 when invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (or Table Schema JSON with --dataset).")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--dataset", paramLabel = "IRI",
            description = "For Table Schema files: the dataset the table belongs to.")
    String datasetIri;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Catalog> existing = CatalogOpener.openExisting(store.dataDir, Optional.ofNullable(store.baseIri));
        try (Catalog catalog = existing.orElseGet(Imports::scratchCatalog);
             HttpFetcher contexts = new HttpFetcher(FetchPolicy.defaults())) {
            RecordFiles.Result read = Imports.files(catalog, Optional.ofNullable(datasetIri), contexts).read(files, "cli");
            PrintWriter out = spec.commandLine().getOut();
            read.notes().forEach(n -> out.println("note: " + n));
            int invalid = 0;
            List<ValidationReport> reports = catalog.records().validateAll(read.records());
            for (ValidationReport report : reports) {
                out.println(report.toText());
                if (!report.conforms()) {
                    invalid++;
                }
            }
            out.println(read.records().size() + " record(s) checked, " + invalid + " invalid");
            out.flush();
            return invalid == 0 ? 0 : CatalogErrorHandler.INPUT_REFUSED;
        }
    }
}
