package fr.hdh.catalog.harvest.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.usage.RankedDataset;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.harvest.usage.UsageFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The usage seed is written whole against the demo's dataset ids: every dataset it names is one of the
 * bundled catalogue, every DOI is one, and the reuse it makes is what its SOURCES.md says.
 */
class UsageSeedTest {

    @Test
    void theSeedIsAcceptedAgainstTheBundledDatasetsAndRanksThem() throws Exception {
        Path usage = DemoResources.folderOf("usage/SOURCES.md");
        Path catalogue = DemoResources.folderOf("catalogue/datasets.csv");
        RecordSource source = new RecordSource("urn:test", "test");
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE)) {
            List<CatalogRecord> datasets = CsvReader.read(catalogue.resolve("datasets.csv")).stream()
                    .map(r -> dataset(catalog, r, source)).toList();
            catalog.records().putAll(datasets, Progress.NONE);
            catalog.usage().putProjects(UsageFiles.projects(Files.readString(usage.resolve("projects.csv")),
                    UsageFiles.Format.CSV, "projects.csv"), source);
            catalog.usage().putPublications(UsageFiles.publications(Files.readString(usage.resolve("publications.csv")),
                    UsageFiles.Format.CSV, "publications.csv"), source);

            assertEquals(9, catalog.usage().projects().size());
            assertEquals(3, catalog.usage().publications().size());
            List<RankedDataset> ranking = catalog.usage().ranking(10);
            assertEquals(new RankedDataset(catalog.iris().dataset("pmsi-mco"), 0, 2), ranking.get(0));
            assertEquals(2, catalog.usage().reuse(catalog.iris().dataset("snds-dcir")).total(), "ARAC and the BMJ cohort");
            assertTrue(catalog.usage().publication("10.1136/BMJ.N37").isPresent());
        }
    }

    private static CatalogRecord dataset(Catalog catalog, CsvRow row, RecordSource source) {
        String iri = catalog.iris().dataset(row.get("id"));
        Node d = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(row.get("title_fr"), "fr"));
        g.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang(row.get("title_fr"), "fr"));
        return new CatalogRecord(iri, RecordKind.DATASET, g, source);
    }
}
