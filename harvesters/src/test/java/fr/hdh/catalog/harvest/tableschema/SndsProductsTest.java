package fr.hdh.catalog.harvest.tableschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SndsProductsTest {

    @Test
    void eachProductFolderIsOneDataset() {
        assertEquals("pmsi-mco", SndsProducts.datasetIdOf(table("PMSI/PMSI MCO", "PMSI MCO")));
        assertEquals("cepidc-bcmd", SndsProducts.datasetIdOf(table("Causes de décès", "Causes de décès")));
        assertEquals("snds-dcir-dcirs", SndsProducts.datasetIdOf(table("DCIR_DCIRS", "DCIR_DCIRS")));
        assertEquals(12, SndsProducts.datasetIdsByFolder().size());
    }

    @Test
    void aFileReadOnItsOwnIsPlacedByItsProduct() {
        TableSchema stays = new TableSchemaReader().read(
                TestResources.path("/tableschema/schemas/PMSI/PMSI MCO/T_MCOaaB.json"));

        assertEquals("", stays.folder());
        assertEquals("pmsi-mco", SndsProducts.datasetIdOf(stays));
    }

    @Test
    void anUnknownProductStillGetsAStableId() {
        assertEquals("snds-registre-cancers", SndsProducts.datasetIdOf(table("Registre Cancers", "Registre Cancers")));
    }

    private static TableSchema table(String folder, String product) {
        return new TableSchema("T", "", product, folder, "", List.of(), List.of(), List.of(), "test");
    }
}
