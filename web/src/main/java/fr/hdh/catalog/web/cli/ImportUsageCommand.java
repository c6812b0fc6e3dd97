package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.harvest.usage.UsageFiles;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdh import-usage FILE --kind projects|publications}: reads a file of projects (JSON, CSV) or
 * publications (JSON, CSV, BibTeX, RIS, Crossref JSON), told by the file's ending ({@code .json}, {@code .csv},
 * {@code .bib}, {@code .ris}, {@code .crossref.json}), and writes it all or nothing, as the API does.
 */
@Command(name = "import-usage", description = "Import projects or publications from JSON, CSV, BibTeX (.bib), RIS (.ris) "
        + "or Crossref JSON (.crossref.json); publications of one DOI are merged; all or nothing.")
final class ImportUsageCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--kind", required = true, paramLabel = "projects|publications", description = "What the file holds.")
    String kind;

    @Option(names = "--dataset", paramLabel = "ID|IRI",
            description = "For publications: a dataset every entry used (repeatable), added to the entries' own.")
    List<String> datasets = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String what = kind.strip().toLowerCase(Locale.ROOT);
        if (!what.equals("projects") && !what.equals("publications")) {
            throw new MalformedInputException("--kind", -1, "'" + kind + "' is neither projects nor publications", null);
        }
        UsageFiles.Format format = UsageFiles.Format.ofFileName(file.getFileName().toString()).orElseThrow(() ->
                new MalformedInputException(file.toString(), -1, "the ending says no format read: .json, .csv, .bib, .ris, .crossref.json", null));
        String text = read(file);
        RecordSource source = new RecordSource(file.toAbsolutePath().toUri().toString(), "cli");
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            PrintWriter out = spec.commandLine().getOut();
            if (what.equals("projects")) {
                ChangeSummary summary = catalog.usage().putProjects(UsageFiles.projects(text, format, file.toString()), source);
                out.println("projects: " + summary);
            } else {
                List<PublicationForm> forms = UsageFiles.publications(text, format, file.toString()).stream()
                        .map(f -> f.citing(datasets)).toList();
                var imported = catalog.usage().putPublications(forms, source);
                out.println(imported.entries() + " entries, " + imported.publications().size() + " publication(s): "
                        + imported.changes());
            }
            out.flush();
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new MalformedInputException(file.toString(), -1, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
