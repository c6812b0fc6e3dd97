package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.Rejection;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogue files published by European portals, as they are (see {@code dcat/PROVENANCE.md}): a German
 * CKAN catalogue endpoint in DCAT-AP.de 1.0 RDF/XML (literals where IRIs belong, {@code schema:} dates,
 * a link with raw brackets, Hydra paging), the Spanish DCAT-AP-ES catalogue example in RDF/XML, and a
 * Dutch FAIR Data Point dataset (Health-RI) in Turtle with dates in SQL form. Harvested through the real
 * runner into a TDB2 store on disk: nothing aborts, every dataset is either stored or listed with the
 * plain reason it was refused, and what is stored is still there when the store is opened again.
 */
class EuropeanPortalFilesTest {
    static final String DE = "de-ckanext-dcatde-catalog-endpoint.rdf";
    static final String ES = "es-datosgobes-dcat-ap-es-catalog.rdf";
    static final String NL = "nl-health-ri-fdp-dataset-cbioportal.ttl";
    static final String DE_DATASETS = "http://data.example-domain.de/dataset/";
    static final String BERLIN = DE_DATASETS + "63961baa-2fd0-40d4-9242-4a9640ff5f1e";
    static final String HAMBURG = DE_DATASETS + "bd2d4fa6-e9ad-470d-888b-5eb1378d39e9";
    static final String RLP = DE_DATASETS + "0ee2fe79-fc37-400d-a8ca-4915b0295aec";
    static final String HAMBURG_AUTHORITY = "http://www.hamburg.de/bue/";
    static final String ES_DATASET = "http://dcat-ap-es.ejemplo.org/dataset/dataset-ejemplo-1";
    static final String NL_DATASET = "https://health-ri.sandbox.semlab-leiden.nl/dataset/d9956191-1aff-4181-ac8b-16b829135ed5";
    /** The datasets of the three files: six in the German catalogue, one Spanish, one Dutch. */
    static final List<String> DATASETS = List.of(
            DE_DATASETS + "b5882a57-d142-4930-9290-b12bbb6e3f0c", BERLIN, RLP,
            DE_DATASETS + "4ade8a03-2801-471a-8f7f-97c70265e7eb", HAMBURG,
            DE_DATASETS + "3ca58f59-adfd-4ae7-a277-1707973fd755", ES_DATASET, NL_DATASET);

    @TempDir
    Path dir;

    @Test
    void theRunStoresEveryDatasetRepairedOrWithoutTheValuesThatBrokeARuleAndKeepsThemAsPublished() throws IOException {
        Path portal = portalFolder();
        Path data = dir.resolve("store");
        RunReport run;
        try (Catalog catalog = open(data)) {
            run = runner(catalog).run(source(portal), Progress.NONE);
        }

        assertEquals(RunReport.Status.COMPLETED, run.status(), run.toText());
        assertFalse(run.rejections().stream().anyMatch(Rejection::wholeDocument),
                "a single bad link must not hide a whole catalogue: " + run.toText());
        assertEquals(run.counts().seen(), run.counts().added() + run.counts().rejected(), run.toText());
        assertTrue(run.amendments().storedWithRepairs() > 0 && run.amendments().storedWithDrops() > 0, run.toText());
        try (Catalog reopened = open(data)) {
            for (String dataset : DATASETS) {
                Graph stored = reopened.records().content(dataset).orElseThrow(() -> new AssertionError(dataset + ": " + run.toText()));
                assertTrue(reopened.records().validate(new CatalogRecord(dataset, RecordKind.DATASET, stored,
                        new RecordSource("urn:test", "test"))).conforms(), "what is stored conforms: " + dataset);
            }
            Graph authority = reopened.records().content(HAMBURG_AUTHORITY).orElseThrow(() -> new AssertionError(run.toText()));
            assertTrue(authority.contains(NodeFactory.createURI(HAMBURG_AUTHORITY), FOAF.name.asNode(),
                    NodeFactory.createLiteralString("Behörde für Umwelt und Energie (BUE), Amt für Umweltschutz")));

            // Berlin's free-text format has no right reading: dropped, listed with its rule, kept as published.
            Graph berlin = reopened.records().content(BERLIN).orElseThrow();
            Node jrss = NodeFactory.createLiteralString("jrss");
            assertFalse(berlin.contains(Node.ANY, DCTerms.format.asNode(), jrss));
            List<Amendment> changes = reopened.asPublished().amendments(BERLIN).orElseThrow();
            assertTrue(changes.stream().anyMatch(a -> a.type() == Amendment.Type.DROP && a.kind().startsWith("dct:format")
                    && a.removed().orElseThrow().getObject().equals(jrss)), changes.toString());
            assertTrue(changes.stream().anyMatch(a -> a.kind().equals("file-type")), "\"XML\" read as the EU file type: " + changes);
            assertTrue(reopened.asPublished().asPublished(BERLIN).orElseThrow().contains(Node.ANY, DCTerms.format.asNode(), jrss),
                    "the record as published keeps it");
            // MQA's DCAT-AP compliance, judged as published: none for values dropped, all for a record stored as it came.
            assertEquals(0, conformancePoints(reopened, BERLIN));
            Set<Integer> seen = new java.util.HashSet<>();
            for (String dataset : DATASETS) {
                List<Amendment> made = reopened.asPublished().amendments(dataset).orElse(List.of());
                int expected = made.stream().anyMatch(a -> a.type() == Amendment.Type.DROP) ? 0 : made.isEmpty() ? 30 : 15;
                assertEquals(expected, conformancePoints(reopened, dataset), dataset + " " + made);
                seen.add(expected);
            }
            assertTrue(seen.size() >= 2, "the corpus has records stored as published and records amended: " + seen);

            Graph hamburg = reopened.records().content(HAMBURG).orElseThrow();
            assertTrue(hamburg.contains(NodeFactory.createURI(HAMBURG), DCTerms.language.asNode(),
                    NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/DEU")), "language text to IRI");
            assertTrue(hamburg.contains(Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Eine Regel oder eine URL")), "free text where a standard belongs: its label");

            Graph rlp = reopened.records().content(RLP).orElseThrow();
            assertTrue(rlp.contains(Node.ANY, DCAT.accessURL.asNode(), NodeFactory.createURI(
                    "http://www.geoportal.rlp.de:80/portal/karten.html?LAYER%5Bzoom%5D=1&LAYER%5Bid%5D=38836")));
            assertTrue(reopened.records().content(NL_DATASET).orElseThrow().contains(NodeFactory.createURI(NL_DATASET),
                    DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2019-10-30T23:00:00", XSDDatatype.XSDdateTime)),
                    "the FAIR Data Point's SQL-style date");
        }
        assertTrue(run.amendments().repairs().getOrDefault("link", 0L) > 0, run.toText());
        assertTrue(run.amendments().drops().keySet().stream().anyMatch(r -> r.startsWith("dct:format")), run.toText());
    }

    @Test
    void theHarvesterReadsTheMessyGermanCatalogueInsteadOfDroppingIt() throws IOException {
        CollectedRecords sink = harvest(DE);

        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertTrue(sink.iris().containsAll(DATASETS.subList(0, 6)), sink.iris().toString());
        Graph rlp = sink.record(RLP).content();
        Node accessUrl = NodeFactory.createURI(
                "http://www.geoportal.rlp.de:80/portal/karten.html?LAYER%5Bzoom%5D=1&LAYER%5Bid%5D=38836");
        assertTrue(rlp.contains(Node.ANY, DCAT.accessURL.asNode(), accessUrl), "the link with brackets, encoded");
        assertTrue(rlp.contains(Node.ANY, DCAT.startDate.asNode(),
                NodeFactory.createLiteralDT("2013-07-22T00:00:00", XSDDatatype.XSDdateTime)), "schema:startDate upgraded");
        assertFalse(sink.records.stream().anyMatch(r -> r.content().find().toList().stream()
                .anyMatch(t -> t.toString().contains(HydraPaging.NS))), "the CKAN paging block is not a record's");
    }

    @Test
    void theSpanishCatalogueKeepsItsLanguagesAndItsDataService() throws IOException {
        CollectedRecords sink = harvest(ES);

        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertEquals(Set.of(RecordKind.DATASET, RecordKind.DATA_SERVICE, RecordKind.CATALOG),
                Set.copyOf(sink.records.stream().map(CatalogRecord::kind).toList()), sink.iris().toString());
        Graph dataset = sink.record(ES_DATASET).content();
        assertTrue(dataset.contains(NodeFactory.createURI(ES_DATASET), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Dataset de ejemplo", "es")));
        assertTrue(dataset.contains(NodeFactory.createURI(ES_DATASET), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Example Dataset", "en")));
    }

    private static int conformancePoints(Catalog catalog, String dataset) {
        return catalog.quality().dataset(dataset).orElseThrow().indicators().stream()
                .filter(i -> i.labelEn().equals("Conformance to the profile")).findFirst().orElseThrow().points();
    }

    private CollectedRecords harvest(String file) throws IOException {
        Path copy = dir.resolve(file);
        Files.write(copy, resource(file));
        CollectedRecords sink = new CollectedRecords();
        HarvestContext context = new HarvestContext(new CatalogIris("http://test.example/"),
                new RecordSource("urn:test", "test"), new HttpFetcher(FetchPolicy.defaults()));
        new DcatHarvester().harvest(source(copy), context, sink);
        return sink;
    }

    private Path portalFolder() throws IOException {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal);
        for (String file : List.of(DE, ES, NL)) {
            Files.write(portal.resolve(file), resource(file));
        }
        return portal;
    }

    private static Catalog open(Path data) {
        return Catalog.open(CatalogConfig.onDisk(data, "http://test.example/"), EuVocabularies.bundled().lookup());
    }

    private static HarvestRunner runner(Catalog catalog) {
        return new HarvestRunner(catalog, new HarvesterRegistry(List.of(new DcatHarvester())), FetchPolicy.defaults());
    }

    private static HarvestSource source(Path location) {
        return new HarvestSource("europe", SourceType.DCAT, location.toString(), Optional.empty(), Set.of());
    }

    private byte[] resource(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dcat/europe/" + file)) {
            return in.readAllBytes();
        }
    }
}
