package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.vocab.scheme.SchemeVersions;
import fr.hdh.catalog.web.sys.CatalogOpener;
import fr.hdh.catalog.web.vocabimport.VocabularyFormat;
import fr.hdh.catalog.web.vocabimport.VocabularyImports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdh import-vocabulary FILE}: loads one version of a concept scheme from a FHIR R4 CodeSystem
 * ({@code .json}, {@code .xml}), a CSV code list ({@code .csv}, the template {@code docs/code-list-template.csv})
 * or SKOS ({@code .ttl}, {@code .rdf}, {@code .owl}, {@code .jsonld}), told by the file's ending, as
 * {@code POST /api/vocabularies} does; the previous versions stay kept. All or nothing.
 */
@Command(name = "import-vocabulary", description = "Load one version of a vocabulary from a FHIR CodeSystem (.json, .xml), "
        + "a CSV code list (.csv) or SKOS (.ttl, .rdf, .owl, .jsonld); earlier versions are kept; all or nothing.")
final class ImportVocabularyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--version", paramLabel = "V",
            description = "The version loaded; required when the file declares none (CSV), refused when it declares another.")
    String version;

    @Option(names = "--scheme", paramLabel = "IRI|NAME",
            description = "The scheme: an IRI, or a name for <base>vocabulary/import/NAME. Default for CSV: the file's name; "
                    + "for FHIR: the catalogue's IRI for CodeSystem.url; for SKOS: the file's one scheme.")
    String scheme;

    @Option(names = "--title", paramLabel = "TEXT", description = "For CSV: the scheme's title (default: its name).")
    String title;

    @Option(names = "--language", paramLabel = "TAG",
            description = "For FHIR: the language of the displays when the CodeSystem declares none (fr, en).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = file.getFileName().toString();
        VocabularyFormat format = VocabularyFormat.ofFileName(name).orElseThrow(() -> new MalformedInputException(file.toString(),
                -1, "the ending says no format read: .json, .xml (FHIR), .csv, .ttl, .rdf, .owl, .jsonld (SKOS)", null));
        Optional<String> schemeOrName = Optional.ofNullable(scheme)
                .or(() -> format == VocabularyFormat.CSV ? Optional.of(name.replaceFirst("\\.[^.]*$", "")) : Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("reading " + file + " as " + format.mediaType());
        err.flush();
        VocabularyImports.Request request = new VocabularyImports.Request(format, read(file), file.toString(), schemeOrName,
                Optional.ofNullable(version), Optional.ofNullable(title), Optional.ofNullable(language));
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            SchemeVersions.Loaded loaded = new VocabularyImports(catalog).load(request,
                    new RecordSource(file.toAbsolutePath().toUri().toString(), "cli"));
            loaded.notes().forEach(n -> out.println("note: " + n));
            out.println(loaded.scheme() + ": version " + loaded.version() + ", " + loaded.concepts() + " concept(s), "
                    + loaded.change().name().toLowerCase(java.util.Locale.ROOT) + "; " + loaded.versionGraphs().size()
                    + " version(s) kept");
            out.flush();
        }
        return 0;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
