package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.vocab.scheme.SchemeVersions;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdh import-vocabulary}: the code list template of {@code docs/} loads as it is, named after its file;
 * two versions of a real FHIR CodeSystem are both kept; a file without a version, or of an unknown ending, is
 * refused and changes nothing.
 */
class ImportVocabularyCommandTest {
    static final String BASE = "http://localhost:8080/";

    @TempDir
    Path dir;

    @Test
    void theTemplateLoadsAndTwoFhirVersionsAreBothKept() throws Exception {
        Path store = dir.resolve("store");
        Path template = Path.of("..", "docs", "code-list-template.csv");
        CliRuns.Run run = CliRuns.run("import-vocabulary", "--data", store.toString(), "--version", "1", template.toString());
        assertEquals(0, run.exit(), run.err());
        String scheme = BASE + "vocabulary/import/code-list-template";
        assertTrue(run.out().contains(scheme + ": version 1, 5 concept(s), added; 1 version(s) kept"), run.out());

        Path v1 = copy("mii-instance-image-type-2026.1.0.json");
        Path v2 = copy("mii-instance-image-type-2027.0.0-ballot.json");
        CliRuns.Run first = CliRuns.run("import-vocabulary", "--data", store.toString(), "--language", "en", v1.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("note: CodeSystem.concept[6].property[2]: CR is not a code"), first.out());
        CliRuns.Run second = CliRuns.run("import-vocabulary", "--data", store.toString(), "--language", "en", v2.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("version 2027.0.0-ballot, 75 concept(s), changed; 2 version(s) kept"), second.out());

        try (Catalog catalog = CatalogOpener.open(store, Optional.of(BASE), 8080)) {
            Node concept = NodeFactory.createURI(scheme + "/I208");
            var record = catalog.records().content(scheme).orElseThrow();
            assertEquals(2, record.find(concept, SKOS.altLabel.asNode(), Node.ANY).toList().size(), "two English synonyms");
            assertEquals(NodeFactory.createURI(scheme + "/I20"), record.find(concept, SKOS.broader.asNode(), Node.ANY).next().getObject());
            String mii = BASE + "vocabulary/fhir/www.medizininformatik-initiative.de-fhir-ext-modul-bildgebung-CodeSystem-"
                    + "mii-cs-bildgebung-instance-image-type";
            assertEquals(2, new SchemeVersions(catalog).versionGraphs(mii).size());
        }
    }

    @Test
    void aCsvWithoutVersionOrAnUnknownEndingIsRefusedAndNothingIsWritten() throws Exception {
        Path store = dir.resolve("store");
        Path template = Path.of("..", "docs", "code-list-template.csv");
        CliRuns.Run run = CliRuns.run("import-vocabulary", "--data", store.toString(), template.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("version: the file declares none"), run.err());
        Path odd = dir.resolve("list.xlsx");
        Files.writeString(odd, "x");
        CliRuns.Run unknown = CliRuns.run("import-vocabulary", "--data", store.toString(), "--version", "1", odd.toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("the ending says no format"), unknown.err());
        try (Catalog catalog = CatalogOpener.open(store, Optional.of(BASE), 8080)) {
            assertTrue(catalog.records().content(BASE + "vocabulary/import/code-list-template").isEmpty());
        }
    }

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/vocabimport/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
