package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, messages, what ends up in the store. */
class CliTest {
    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    @Test
    void validateExitsNonZeroAndNamesDctTitleForADatasetWithoutTitle() throws Exception {
        Path file = write("untitled.ttl", PREFIXES + """
                <http://test.example/dataset/x> a dcat:Dataset ;
                    dct:description "Un jeu de données sans titre."@fr .
                """);
        Run run = run("validate", "--data", dir.resolve("none").toString(), file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("dct:title"), run.out() + run.err());
        assertFalse(Files.exists(dir.resolve("none")), "validate must not create a store");
    }

    @Test
    void validateExitsZeroOnAValidRecord() throws Exception {
        Path file = write("producer.ttl", PREFIXES + """
                <http://test.example/producer/cnam> a foaf:Organization , foaf:Agent ;
                    foaf:name "Caisse nationale de l'assurance maladie"@fr .
                """);
        Run run = run("validate", "--data", dir.resolve("none").toString(), file.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("1 record(s) checked, 0 invalid"), run.out());
    }

    @Test
    void aMalformedFileStopsTheImportNamingFileAndLineAndWritesNothing() throws Exception {
        Path good = write("good.ttl", PREFIXES + """
                <http://test.example/producer/atih> a foaf:Organization ; foaf:name "ATIH" .
                """);
        Path bad = write("bad.ttl", PREFIXES + """
                <http://test.example/producer/drees> a foaf:Organization ;
                    foaf:name "DREES" ;;
                    foaf:homepage <not an iri> .
                """);
        Path store = dir.resolve("store");
        Run run = run("import", "--data", store.toString(), good.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.ttl, line 6"), run.err());

        Run export = run("export", "--data", store.toString());
        assertEquals(0, export.exit());
        assertFalse(export.out().contains("producer/atih"), "the good file of the failed import was not written");
    }

    @Test
    void importedRecordsAreExportedAsNQuadsInTheirOwnGraphs() throws Exception {
        Path file = write("producers.ttl", PREFIXES + """
                <http://test.example/producer/atih> a foaf:Organization ; foaf:name "ATIH" .
                <http://test.example/producer/cnam> a foaf:Organization ; foaf:name "Cnam" .
                """);
        Path store = dir.resolve("store");
        Run imported = run("import", "--data", store.toString(), file.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("added 2"), imported.out());

        Run again = run("import", "--data", store.toString(), file.toString());
        assertTrue(again.out().contains("added 0, changed 0, unchanged 2"), again.out());

        Run export = run("export", "--data", store.toString());
        assertTrue(export.out().contains("<http://test.example/producer/atih> <http://xmlns.com/foaf/0.1/name> \"ATIH\" <http://test.example/producer/atih> ."),
                export.out());

        Run stats = run("stats", "--data", store.toString());
        assertTrue(stats.out().matches("(?s).*foaf:Organization\\s+2.*"), stats.out());
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static Run run(String... args) {
        CliRuns.Run r = CliRuns.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }
}
