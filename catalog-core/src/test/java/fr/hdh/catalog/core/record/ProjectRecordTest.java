package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.io.JsonLdContexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** Usage is modelled: a project record and its publication's record, and who used a dataset found from the dataset. */
class ProjectRecordTest {

    @Test
    void aProjectCarriesItsPublicationsAndIsFoundFromTheDatasetItUsed() throws Exception {
        Path file = Path.of(getClass().getResource("/records/project.ttl").toURI());
        List<CatalogRecord> records = RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()),
                new RecordSource(file.toUri().toString(), "test")).records();
        assertEquals(2, records.size());
        CatalogRecord project = records.get(0);
        assertEquals(RecordKind.PROJECT, project.kind());
        CatalogRecord publication = records.get(1);
        assertEquals(RecordKind.PUBLICATION, publication.kind());

        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE)) {
            catalog.records().putAll(records, fr.hdh.catalog.core.Progress.NONE);
            String query = """
                    PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX cito: <http://purl.org/spar/cito/>
                    SELECT ?project ?publication WHERE {
                      ?project prov:used <http://test.example/dataset/pmsi-mco> .
                      ?publication cito:citesAsDataSource <http://test.example/dataset/pmsi-mco> ;
                                   prov:wasGeneratedBy ?project }""";
            long rows = catalog.store().read(() -> {
                try (QueryExec exec = QueryExec.dataset(catalog.store().datasetGraph()).query(query).build()) {
                    return exec.select().stream().count();
                }
            });
            assertEquals(1, rows);
        }
    }

    @Test
    void aProjectWithoutTitleIsRefused() throws Exception {
        Path file = Path.of(getClass().getResource("/records/project.ttl").toURI());
        CatalogRecord project = RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()),
                new RecordSource(file.toUri().toString(), "test")).records().get(0);
        project.content().find(project.node(), DCTerms.title.asNode(), Node.ANY).toList().forEach(project.content()::delete);
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE)) {
            ValidationReport report = catalog.records().validate(project);
            assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:title")), report.toText());
        }
    }
}
