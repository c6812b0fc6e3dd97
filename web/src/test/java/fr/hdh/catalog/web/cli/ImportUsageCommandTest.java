package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdh import-usage}: the real seed publications into a store of the real catalogue's datasets; a broken file changes nothing. */
class ImportUsageCommandTest {
    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void storeWithTheCatalogueDatasets() throws Exception {
        store = dir.resolve("store");
        try (Catalog catalog = CatalogOpener.open(store, Optional.of("http://localhost:8080/"), 8080)) {
            HdhCatalogueReader reader = new HdhCatalogueReader(catalog.iris(), new RecordSource("urn:test", "test"));
            List<CatalogRecord> records = new ArrayList<>(reader.producers(BundledCatalogue.producers()));
            records.addAll(reader.datasets(BundledCatalogue.datasets()));
            catalog.records().putAll(records, Progress.NONE);
        }
    }

    @Test
    void theSeedPublicationsAreImportedAndASecondRunChangesNothing() throws Exception {
        Path file = dir.resolve("publications.csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hdh/demo/usage/publications.csv")) {
            Files.copy(in, file);
        }
        CliRuns.Run run = CliRuns.run("import-usage", "--data", store.toString(), "--kind", "publications", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("3 entries, 3 publication(s)"), run.out());
        CliRuns.Run again = CliRuns.run("import-usage", "--data", store.toString(), "--kind", "publications", file.toString());
        assertTrue(again.out().contains("unchanged 3") || again.out().contains("3 unchanged"), again.out());
        try (Catalog catalog = CatalogOpener.open(store, Optional.of("http://localhost:8080/"), 8080)) {
            assertEquals(2, catalog.usage().reuse(catalog.iris().dataset("pmsi-mco")).publications());
        }
    }

    @Test
    void aBrokenBibtexFileIsRefusedNamingItsLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("refs.bib");
        Files.writeString(file, "@article{ok, title={Fixture}, doi={10.5555/cli.1}, datasets={pmsi-mco}}\n@article{broken,\n");
        CliRuns.Run run = CliRuns.run("import-usage", "--data", store.toString(), "--kind", "publications", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("refs.bib, line 2"), run.err());
        try (Catalog catalog = CatalogOpener.open(store, Optional.of("http://localhost:8080/"), 8080)) {
            assertTrue(catalog.usage().publications().isEmpty());
        }
    }
}
