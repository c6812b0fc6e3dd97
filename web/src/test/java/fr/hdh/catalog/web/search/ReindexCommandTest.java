package fr.hdh.catalog.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.cli.ReindexCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hdh reindex --data DIR}: rebuilds a lost index from the store, with progress on standard error. */
class ReindexCommandTest {
    @TempDir
    Path dir;

    @Test
    void reindex_rebuildsTheIndexFromTheStoreWithProgress() throws Exception {
        try (Catalog catalog = Catalog.open(CatalogConfig.onDisk(dir, FixtureCatalogue.BASE), ReferenceLookup.NONE)) {
            FixtureCatalogue.loadInto(catalog);
        }
        Files.writeString(dir.resolve("hdh-catalog.properties"), "base-iri=" + FixtureCatalogue.BASE + "\n");
        try (var files = Files.walk(dir.resolve("search-index"))) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReindexCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        assertEquals(0, cli.execute("--data", dir.toString()));
        assertTrue(out.toString().contains("reindexed 5 records: 11 searchable items"), out.toString());
        assertTrue(err.toString().contains("index"), "progress on stderr: " + err);
        try (Catalog catalog = Catalog.open(CatalogConfig.onDisk(dir, FixtureCatalogue.BASE), ReferenceLookup.NONE)) {
            assertEquals(FixtureCatalogue.DGN_PAL,
                    catalog.search().search(SearchQuery.text("DGN_PAL")).hits().get(0).iri());
        }
    }
}
