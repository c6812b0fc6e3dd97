package fr.hdh.catalog.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue keeps its index beside the store, in step with every commit and across restarts. */
class CatalogSearchTest {
    private static final String BASE = "http://test.example/";

    @TempDir
    Path dir;

    @Test
    void aCommittedRecordIsFoundAtOnceAndAfterARestart() {
        try (Catalog catalog = open()) {
            catalog.records().put(producer("cnam", "Caisse nationale de l'assurance maladie"));
            assertEquals(List.of(BASE + "producer/cnam"), iris(catalog, "assurance maladie"));
        }
        try (Catalog catalog = open()) {
            assertEquals(List.of(BASE + "producer/cnam"), iris(catalog, "assurance maladie"));
        }
    }

    @Test
    void anIndexThatMissedACommitIsRepairedWhenTheCatalogueOpens() {
        try (Catalog catalog = open()) {
            catalog.records().put(producer("cnam", "Caisse nationale de l'assurance maladie"));
            catalog.records().put(producer("atih", "Agence technique de l'information sur l'hospitalisation"));
        }
        // as after a crash between the store's commit and the index's: the index lost one record
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("search-index"))) {
            index.update(List.of(), List.of(BASE + "producer/atih"));
        }
        try (Catalog catalog = open()) {
            assertEquals(List.of(BASE + "producer/atih"), iris(catalog, "hospitalisation"));
            assertTrue(catalog.search().synchronize(fr.hdh.catalog.core.Progress.NONE).inStep());
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheStore() throws Exception {
        try (Catalog catalog = open()) {
            catalog.records().put(producer("cnam", "Caisse nationale de l'assurance maladie"));
        }
        try (var files = java.nio.file.Files.walk(dir.resolve("search-index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
        try (Catalog catalog = open()) {
            assertEquals(List.of(BASE + "producer/cnam"), iris(catalog, "CNAM"));
        }
    }

    private Catalog open() {
        return Catalog.open(CatalogConfig.onDisk(dir, BASE), ReferenceLookup.NONE);
    }

    private static List<String> iris(Catalog catalog, String text) {
        return catalog.search().search(SearchQuery.text(text)).hits().stream().map(SearchHit::iri).toList();
    }

    private static CatalogRecord producer(String id, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        Node org = NodeFactory.createURI(BASE + "producer/" + id);
        g.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
        g.add(org, RDF.type.asNode(), FOAF.Agent.asNode());
        g.add(org, FOAF.name.asNode(), NodeFactory.createLiteralLang(name, "fr"));
        return new CatalogRecord(org.getURI(), RecordKind.PRODUCER, g, new RecordSource("urn:test", "tester"));
    }
}
