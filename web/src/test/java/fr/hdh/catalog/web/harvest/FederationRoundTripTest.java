package fr.hdh.catalog.web.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Federation round trip: a second catalogue harvests the first one's {@code /catalog} (DCAT-AP,
 * Hydra-paged, over loopback) and ends with the same datasets, each record graph isomorphic to the
 * source's: all {@value #DEMO_DATASETS} of the demo content, as the README states. The demo content is
 * loaded once for the class (~25 s).
 */
class FederationRoundTripTest {
    /** The datasets of the demo content, as the README's "Measured" table counts them. */
    static final long DEMO_DATASETS = 44;
    private static final String COUNT_DATASETS = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a dcat:Dataset } }
            """;
    static Catalog first;
    static Catalog second;
    static CatalogServer server;

    @BeforeAll
    static void start() {
        first = Catalog.open(CatalogConfig.inMemory("http://127.0.0.1:1/"), EuVocabularies.bundled().lookup());
        DemoContent.bundled().loadInto(first, Progress.NONE);
        server = CatalogServer.start(first, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(30)),
                new Readiness(), List.of(new DcatWebModule(first)));
        second = Catalog.open(CatalogConfig.inMemory("http://second.example/"), EuVocabularies.bundled().lookup());
    }

    @AfterAll
    static void stop() {
        server.stop();
        first.close();
        second.close();
    }

    @Test
    void catalog_GET_harvestedBySecondInstanceGivesIsomorphicDatasetRecords() {
        HarvestRunner runner = new HarvestRunner(second, HarvesterRegistry.standard(), FetchPolicy.defaults());
        RunReport run = runner.run(new HarvestSource("first", SourceType.DCAT,
                "http://127.0.0.1:" + server.port() + "/catalog", Optional.empty(), Set.of("127.0.0.1")), Progress.NONE);

        List<String> datasets = datasetsOf(first);
        assertEquals(DEMO_DATASETS, countDatasets(first), "datasets of the demo content in the source's store");
        assertEquals(countDatasets(first), datasets.size(), "every dataset of the source is compared: " + datasets);
        List<String> missing = new ArrayList<>();
        int isomorphic = 0;
        for (String iri : datasets) {
            Optional<Graph> copy = second.records().content(iri);
            Graph original = first.records().content(iri).orElseThrow();
            if (copy.isPresent() && !copy.get().isIsomorphicWith(original) && missing.isEmpty()) {
                System.err.println("DIFF " + iri);
                copy.get().find().filterDrop(original::contains).forEachRemaining(t -> System.err.println("EXTRA " + t));
                original.find().filterDrop(copy.get()::contains).forEachRemaining(t -> System.err.println("LACKS " + t));
            }
            if (copy.isEmpty() || !copy.get().isIsomorphicWith(original)) {
                missing.add(iri + (copy.isEmpty() ? " (absent)" : " (differs)"));
            } else {
                isomorphic++;
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " of " + datasets.size() + " datasets: " + missing
                + System.lineSeparator() + run.toText().lines().limit(40).toList());
        assertEquals(DEMO_DATASETS, isomorphic, "datasets harvested isomorphic to the source");
        assertEquals(DEMO_DATASETS, countDatasets(second), "datasets in the harvesting store");
        assertEquals(RunReport.Status.COMPLETED, run.status());
    }

    /** The datasets a store holds, each in its own record graph, counted by SPARQL. */
    private static long countDatasets(Catalog catalog) {
        return catalog.store().read(() -> {
            try (QueryExec exec = QueryExec.dataset(catalog.store().datasetGraph()).query(COUNT_DATASETS).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    private static List<String> datasetsOf(Catalog catalog) {
        return catalog.store().read(() -> {
            List<String> iris = new ArrayList<>();
            for (String name : catalog.store().recordNames()) {
                Graph g = catalog.store().recordGraph(name).orElseThrow();
                Node n = org.apache.jena.graph.NodeFactory.createURI(name);
                if (g.contains(n, RDF.type.asNode(), DCAT.Dataset.asNode()) && !RecordProvenance.withdrawn(name, g)) {
                    iris.add(name);
                }
            }
            return iris;
        });
    }
}
