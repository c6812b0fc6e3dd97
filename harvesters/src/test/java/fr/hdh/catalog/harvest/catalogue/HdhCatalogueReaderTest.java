package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.core.validation.Finding;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.ontologies.CV;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HdhCatalogueReaderTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static final HdhCatalogueReader READER =
            new HdhCatalogueReader(IRIS, new RecordSource("urn:hdh:test:catalogue", "catalogue-test"));

    private static List<CatalogRecord> producers;
    private static List<CatalogRecord> datasets;
    private static RecordValidator validator;

    @BeforeAll
    static void read() throws Exception {
        producers = READER.producers(BundledCatalogue.producers());
        datasets = new ArrayList<>(READER.datasets(BundledCatalogue.datasets()));
        datasets.addAll(READER.datasets(BundledCatalogue.sndsProducts()));
        Graph producerGraphs = GraphFactory.createDefaultGraph();
        producers.forEach(p -> p.content().find().forEachRemaining(producerGraphs::add));
        validator = new RecordValidator(ShapesLibrary.load(),
                GraphDescriptions.lookupIn(producerGraphs).and(EuVocabularies.bundled().lookup()));
    }

    @Test
    void everyProducerIsAnOrganisationWithExactlyOneContactPoint() {
        assertEquals(22, producers.size());
        for (CatalogRecord p : producers) {
            assertEquals(RecordKind.PRODUCER, p.kind());
            assertTrue(p.content().contains(p.node(), RDF.type.asNode(), FOAF.Organization.asNode()), p.iri());
            List<Node> contacts = p.content().find(p.node(), CV.contactPoint.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
            assertEquals(1, contacts.size(), p.iri());
            assertTrue(p.content().contains(contacts.get(0), CV.contactPage.asNode(), Node.ANY), p.iri());
        }
    }

    @Test
    void aProducerWithoutWebsiteIsContactedThroughTheHealthDataHub() {
        CatalogRecord amc = byIri(producers).get(IRIS.producer("amc"));
        Node contact = NodeFactory.createURI(amc.iri() + "#contact");
        assertTrue(amc.content().contains(contact, CV.contactPage.asNode(), NodeFactory.createURI("https://www.health-data-hub.fr")));
        assertFalse(amc.content().contains(amc.node(), FOAF.homepage.asNode(), Node.ANY), "no homepage is invented");
    }

    @Test
    void everyProducerValidatesWithoutViolation() {
        for (CatalogRecord p : producers) {
            ValidationReport report = validator.validate(p);
            assertTrue(report.conforms(), report.toText());
        }
    }

    @Test
    void fortyFourDatasetsWithTheirTitlesInBothLanguages() throws Exception {
        assertEquals(44, datasets.size());
        Map<String, CatalogRecord> byIri = byIri(datasets);
        List<CsvRow> rows = new ArrayList<>(CsvReader.read(BundledCatalogue.datasets()));
        rows.addAll(CsvReader.read(BundledCatalogue.sndsProducts()));
        for (CsvRow row : rows) {
            CatalogRecord d = byIri.get(IRIS.dataset(row.get("id")));
            assertEquals(RecordKind.DATASET, d.kind());
            for (String lang : List.of("fr", "en")) {
                if (row.has("title_" + lang)) {
                    assertTrue(d.content().contains(d.node(), DCTerms.title.asNode(),
                            NodeFactory.createLiteralLang(row.get("title_" + lang), lang)), d.iri() + " " + lang);
                }
            }
        }
    }

    @Test
    void everyDatasetValidatesWithZeroViolations() {
        StringBuilder failures = new StringBuilder();
        int warnings = 0;
        for (CatalogRecord d : datasets) {
            ValidationReport report = validator.validate(d);
            warnings += (int) report.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
            if (!report.conforms()) {
                failures.append(report.toText()).append('\n');
            }
        }
        System.out.println("datasets: " + datasets.size() + ", warnings: " + warnings);
        assertEquals("", failures.toString());
    }

    @Test
    void withoutTheProducersRecordsThePublisherAndAccessBodyChecksFail() {
        RecordValidator alone = new RecordValidator(ShapesLibrary.load(), EuVocabularies.bundled().lookup());
        ValidationReport report = alone.validate(byIri(datasets).get(IRIS.dataset("pmsi-mco")));
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:publisher")), report.toText());
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("healthdcatap:hdab")), report.toText());
    }

    @Test
    void openDataIsPublicAndOnRequestIsRestricted() {
        Map<String, CatalogRecord> byIri = byIri(datasets);
        assertEquals(AccessProfile.PUBLIC.accessRight(), accessRights(byIri.get(IRIS.dataset("open-damir"))));
        assertEquals(AccessProfile.PUBLIC.accessRight(), accessRights(byIri.get(IRIS.dataset("cepidc-opendata"))));
        assertEquals(AccessProfile.RESTRICTED.accessRight(), accessRights(byIri.get(IRIS.dataset("pmsi-mco"))));
        assertEquals(AccessProfile.RESTRICTED.accessRight(), accessRights(byIri.get(IRIS.dataset("snds-dcirs"))));
        assertTrue(validator.validate(byIri.get(IRIS.dataset("open-damir"))).profile().contains("PUBLIC"));
    }

    @Test
    void aDatasetWithoutSourceIsReachedThroughItsProducer() {
        CatalogRecord esnd = byIri(datasets).get(IRIS.dataset("snds-esnd"));
        Node distribution = NodeFactory.createURI(IRIS.distribution("snds-esnd", "access"));
        assertTrue(esnd.content().contains(distribution, DCAT.accessURL.asNode(),
                NodeFactory.createURI("https://www.assurance-maladie.ameli.fr")));
        assertFalse(esnd.content().contains(esnd.node(), FOAF.page.asNode(), Node.ANY), "no page is invented");
    }

    @Test
    void aDatasetWithoutTitleFailsAndTheReportSaysDctTitle() {
        CatalogRecord pmsi = byIri(datasets).get(IRIS.dataset("pmsi-mco"));
        Graph g = GraphFactory.createDefaultGraph();
        pmsi.content().find().forEachRemaining(g::add);
        g.find(pmsi.node(), DCTerms.title.asNode(), Node.ANY).toList().forEach(g::delete);

        ValidationReport report = validator.validate(pmsi.iri(), g);

        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("dct:title")
                && f.focusNode().equals("<" + pmsi.iri() + ">")), report.toText());
    }

    @Test
    void anAccessTextNoMappingKnowsIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(BundledCatalogue.sndsProducts()));
        lines.set(2, lines.get(2).replace("restricted: on request", "by appointment"));
        Path csv = dir.resolve("datasets.csv");
        Files.write(csv, lines);

        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> READER.datasets(csv, BundledCatalogue.producers()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("by appointment"), e.getMessage());
    }

    private static Node accessRights(CatalogRecord d) {
        return d.content().find(d.node(), DCTerms.accessRights.asNode(), Node.ANY).next().getObject();
    }

    private static Map<String, CatalogRecord> byIri(List<CatalogRecord> records) {
        return records.stream().collect(Collectors.toMap(CatalogRecord::iri, Function.identity()));
    }
}
