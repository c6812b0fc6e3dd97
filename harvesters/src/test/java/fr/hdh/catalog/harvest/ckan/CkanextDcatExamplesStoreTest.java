package fr.hdh.catalog.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ckanext-dcat example packages harvested from a loopback CKAN through the real runner into a
 * TDB2 store on disk, validated on the way (DCAT-AP 3.0.0 for the first, HealthDCAT-AP r8 NON_PUBLIC for
 * the health one): both are stored, with what the issue found missing, and the resource without a URL
 * is the run's only note.
 */
class CkanextDcatExamplesStoreTest {
    @TempDir
    Path dir;

    @Test
    void bothExamplesAreValidatedAndStoredAndTheResourceWithoutUrlIsANote() throws Exception {
        Path data = dir.resolve("store");
        RunReport run;
        String dcatAp;
        try (CkanextDcatPortal portal = new CkanextDcatPortal(List.of(CkanextDcatPortal.DCAT_AP, CkanextDcatPortal.HEALTH));
             Catalog catalog = open(data)) {
            dcatAp = portal.site + "/dataset/test-dataset-shacl";
            run = new HarvestRunner(catalog, new HarvesterRegistry(List.of(new CkanHarvester())), FetchPolicy.defaults())
                    .run(new HarvestSource("ckanext-dcat", SourceType.CKAN, portal.site, Optional.empty(), Set.of("127.0.0.1")), Progress.NONE);
        }

        assertEquals(RunReport.Status.COMPLETED, run.status(), run.toText());
        assertEquals(2, run.counts().added(), run.toText());
        assertTrue(run.rejections().isEmpty(), run.toText());
        assertEquals(0, run.counts().rejected(), run.toText());
        assertEquals(1L, run.amendments().drops().get(CkanHarvester.DROPPED_RULE), "the resource without URL, counted: " + run.toText());
        assertTrue(run.amendments().storedWithDrops() >= 1, run.toText());

        try (Catalog reopened = open(data)) {
            Graph g = reopened.records().content(dcatAp).orElseThrow(() -> new AssertionError(run.toText()));
            Node d = NodeFactory.createURI(dcatAp);
            assertTrue(g.contains(d, DCTerms.accessRights.asNode(), Node.ANY), "access rights");
            assertTrue(g.contains(d, DCTerms.issued.asNode(), Node.ANY), "issue date");
            assertTrue(g.contains(d, DCAT.contactPoint.asNode(), Node.ANY), "contact point");
            Graph health = reopened.records().content("http://example.healthdata.nl/set/dataset")
                    .orElseThrow(() -> new AssertionError(run.toText()));
            assertTrue(health.contains(NodeFactory.createURI("http://example.healthdata.nl/set/dataset"), DCTerms.accessRights.asNode(),
                    NodeFactory.createURI("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC")));
        }
    }

    private static Catalog open(Path data) {
        return Catalog.open(CatalogConfig.onDisk(data, "http://test.example/"), EuVocabularies.bundled().lookup());
    }
}
