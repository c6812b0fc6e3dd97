package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdh import --dataset IRI table.json}: a real SNDS Table Schema into a real dataset's dictionary. */
class TableSchemaImportTest {
    private static final String DATASET = "http://localhost:8080/dataset/snds-dcirs";

    @TempDir
    Path dir;

    private Path store;
    private Path table;

    @BeforeEach
    void storeWithTheDatasetButNoTables() throws Exception {
        store = dir.resolve("store");
        try (Catalog catalog = CatalogOpener.open(store, Optional.of("http://localhost:8080/"), 8080)) {
            HdhCatalogueReader reader = new HdhCatalogueReader(catalog.iris(), new RecordSource("urn:test", "test"));
            List<CatalogRecord> records = new ArrayList<>(reader.producers(BundledCatalogue.producers()));
            records.addAll(reader.datasets(BundledCatalogue.sndsProducts(), BundledCatalogue.producers()));
            catalog.records().putAll(records, Progress.NONE);
        }
        table = dir.resolve("NS_PRS_F.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hdh/demo/snds/schemas/DCIRS/NS_PRS_F.json")) {
            Files.copy(in, table);
        }
    }

    @Test
    void aTableSchemaBecomesATableOfTheDatasetWithItsVariables() {
        CliRuns.Run run = CliRuns.run("import", "--data", store.toString(), "--dataset", DATASET, table.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("changed 1"), run.out());

        try (Catalog catalog = CatalogOpener.open(store, Optional.empty(), 8080)) {
            Graph content = catalog.records().content(DATASET).orElseThrow();
            Node nsPrsF = NodeFactory.createURI(catalog.iris().table("snds-dcirs", "NS_PRS_F"));
            assertEquals(101, content.find(nsPrsF, CSVW.column.asNode(), Node.ANY).toList().size());
        }
        CliRuns.Run again = CliRuns.run("import", "--data", store.toString(), "--dataset", DATASET, table.toString());
        assertTrue(again.out().contains("unchanged 1"), again.out());
    }

    @Test
    void aTableSchemaWithoutANameIsNamedAfterItsFile() throws Exception {
        Path nameless = dir.resolve("MY_TABLE.json");
        Files.writeString(nameless, "{\"fields\": [{\"name\": \"A\", \"description\": \"Première variable\", \"type\": \"string\"}]}");
        CliRuns.Run run = CliRuns.run("import", "--data", store.toString(), "--dataset", DATASET, nameless.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        try (Catalog catalog = CatalogOpener.open(store, Optional.empty(), 8080)) {
            Graph content = catalog.records().content(DATASET).orElseThrow();
            Node myTable = NodeFactory.createURI(catalog.iris().table("snds-dcirs", "MY_TABLE"));
            assertEquals(1, content.find(myTable, CSVW.column.asNode(), Node.ANY).toList().size());
        }
    }

    @Test
    void severalTableSchemasOfOneImportAllBecomeTablesOfTheDataset() throws Exception {
        Path second = dir.resolve("NS_PHA_F.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hdh/demo/snds/schemas/DCIRS/NS_PHA_F.json")) {
            Files.copy(in, second);
        }

        CliRuns.Run run = CliRuns.run("import", "--data", store.toString(), "--dataset", DATASET, table.toString(), second.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("changed 1"), "one dataset record, written once: " + run.out());
        try (Catalog catalog = CatalogOpener.open(store, Optional.empty(), 8080)) {
            Graph content = catalog.records().content(DATASET).orElseThrow();
            for (String t : List.of("NS_PRS_F", "NS_PHA_F")) {
                Node tableNode = NodeFactory.createURI(catalog.iris().table("snds-dcirs", t));
                assertFalse(content.find(tableNode, CSVW.column.asNode(), Node.ANY).toList().isEmpty(), t + " is in the dictionary");
            }
        }
    }

    @Test
    void withoutDatasetTheImportIsRefusedWithAReason() {
        CliRuns.Run run = CliRuns.run("import", "--data", store.toString(), table.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("--dataset"), run.err());
    }

    @Test
    void aTruncatedTableSchemaIsRefusedNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        String json = Files.readString(table);
        Files.writeString(broken, json.substring(0, json.length() / 2));
        CliRuns.Run run = CliRuns.run("import", "--data", store.toString(), "--dataset", DATASET, broken.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("broken.json") && run.err().contains("line"), run.err());
    }
}
