package fr.hdh.catalog.harvest.tableschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.ontologies.CSVW;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real SNDS Table Schema files harvested into dataset records with their variables and producers. */
class TableSchemaHarvesterTest {
    final CollectedRecords sink = new CollectedRecords();
    final List<CatalogRecord> records = sink.records;
    final List<String> rejected = sink.rejected;

    @TempDir
    Path folder;

    @Test
    void sndsSchemasBecomeDatasetsWithTheirTablesAndTheProducersTheyName() throws Exception {
        harvest(Path.of(getClass().getResource("/tableschema/schemas").toURI()));

        CatalogRecord dcir = sink.record("http://test.example/dataset/snds-dcir");
        assertEquals(RecordKind.DATASET, dcir.kind());
        assertTrue(dcir.content().contains(Node.ANY, RDF.type.asNode(), CSVW.Column.asNode()));
        assertTrue(records.stream().anyMatch(r -> r.kind() == RecordKind.PRODUCER), "the producers the datasets name");
        assertTrue(rejected.isEmpty(), rejected.toString());
    }

    @Test
    void aMalformedSchemaIsRejectedAndTheOthersRead() throws Exception {
        Path good = Path.of(getClass().getResource("/tableschema/schemas/DCIR/ER_PRS_F.json").toURI());
        Files.createDirectories(folder.resolve("DCIR"));
        Files.copy(good, folder.resolve("DCIR/ER_PRS_F.json"));
        Files.writeString(folder.resolve("DCIR/BROKEN.json"), "{ \"fields\": [ ");

        harvest(folder);

        assertTrue(records.stream().anyMatch(r -> r.iri().endsWith("/dataset/snds-dcir")));
        assertEquals(1, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).startsWith("document ") && rejected.get(0).contains("BROKEN.json"));
    }

    private void harvest(Path location) {
        HarvestContext context = new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"),
                new HttpFetcher(FetchPolicy.defaults()));
        new TableSchemaHarvester().harvest(new HarvestSource("snds", SourceType.TABLESCHEMA, location.toString(),
                Optional.empty(), Set.of()), context, sink);
    }
}
