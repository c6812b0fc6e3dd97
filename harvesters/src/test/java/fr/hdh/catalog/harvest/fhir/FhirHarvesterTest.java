package fr.hdh.catalog.harvest.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.vocab.mapping.MappingSetGraph;
import fr.hdh.catalog.vocab.mapping.MappingSetRecords;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FHIR harvester on the fixtures of {@code fhir/r4} (see its PROVENANCE.md); records validated against the profile. */
class FhirHarvesterTest {
    private static final String BASE = "https://fhir.example.org/r4";
    private static Catalog catalog;

    @BeforeAll
    static void openWithProducers() throws IOException {
        catalog = FhirTestCatalog.openWithProducers();
    }

    @AfterAll
    static void close() {
        catalog.close();
    }

    @Test
    void bundleFile_studyAndGroupBecomeValidDatasetsWithTheirPublisher() {
        CollectingSink sink = harvestFile("study/constances-bundle.json");
        CatalogRecord study = sink.record(catalog.iris().dataset("fhir-test-researchstudy-constances"));
        CatalogRecord group = sink.record(catalog.iris().dataset("fhir-test-group-constances-participants"));
        CatalogRecord inserm = sink.record(catalog.iris().producer("fhir-test-inserm"));
        assertEquals(RecordKind.PRODUCER, inserm.kind());
        assertEquals(1, sink.accepted.stream().filter(r -> r.kind() == RecordKind.PRODUCER).count(), "one publisher record");
        assertConforms(sink.accepted);

        Node s = study.node();
        assertTrue(study.content().contains(s, DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("CONSTANCES: a general-purpose population-based cohort in France", "en")));
        assertTrue(study.content().contains(s, DCTerms.publisher.asNode(), inserm.node()));
        assertTrue(study.content().contains(s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("NCT02000830")));
        assertTrue(study.content().contains(s, DCAT.keyword.asNode(), NodeFactory.createLiteralLang("Hypertensive disorder", "en")));
        assertTrue(study.content().contains(Node.ANY, DCAT.accessURL.asNode(),
                NodeFactory.createURI(BASE + "/ResearchStudy/constances")));
        assertTrue(group.content().contains(group.node(), HealthDCATAP.numberOfUniqueIndividuals.asNode(),
                NodeFactory.createLiteralDT("220000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
        String groupDescription = group.content().find(group.node(), DCTerms.description.asNode(), Node.ANY).next()
                .getObject().getLiteralLexicalForm();
        assertTrue(groupDescription.contains("Age at inclusion"), groupDescription);
    }

    @Test
    void bundleFile_badEntriesAreRejectedWithTheirReasonAndTheRestGoesOn() {
        CollectingSink sink = harvestFile("study/constances-bundle.json");
        assertTrue(sink.rejected.get("ResearchStudy/untitled").contains("no title"), sink.rejected.toString());
        assertTrue(sink.rejected.get("ResearchStudy/orphan").contains("no publisher"), sink.rejected.toString());
        assertTrue(sink.rejected.get("Patient/p1").contains("not catalogued"), sink.rejected.toString());
        String unknownType = sink.rejected.get("entry 6 of " + fixture("study/constances-bundle.json"));
        assertTrue(unknownType != null && unknownType.contains("NotAResource"), sink.rejected.toString());
        assertTrue(sink.rejected.containsKey("entry 7 of " + fixture("study/constances-bundle.json")), sink.rejected.toString());
        assertEquals(3, sink.accepted.size());
    }

    @Test
    void ndjsonFile_conceptMapBecomesAnSssomMappingSetAndQuestionnaireATable() {
        CollectingSink sink = harvestFile("study/terminology.ndjson");
        CatalogRecord map = sink.record(new MappingSetRecords(catalog.iris()).recordIri("http://hl7.org/fhir/ConceptMap/cm-administrative-gender-v2"));
        assertEquals(RecordKind.MAPPING_SET, map.kind(), "a mapping set, as a ConceptMap posted to /api/mappings is");
        assertEquals(5, MappingSetGraph.fromGraph(map.content(), map.iri()).mappings().size(), "one mapping per target of the map");
        Node male = NodeFactory.createURI(catalog.iris().vocabulary("fhir", "hl7.org-fhir-administrative-gender") + "/male");
        Node v2 = NodeFactory.createURI(catalog.iris().vocabulary("fhir", "terminology.hl7.org-CodeSystem-v2-0001") + "/M");
        Node other = NodeFactory.createURI(catalog.iris().vocabulary("fhir", "hl7.org-fhir-administrative-gender") + "/other");
        Node v2A = NodeFactory.createURI(catalog.iris().vocabulary("fhir", "terminology.hl7.org-CodeSystem-v2-0001") + "/A");
        assertTrue(map.content().contains(male, SKOS.exactMatch.asNode(), v2));
        assertTrue(map.content().contains(other, SKOS.broadMatch.asNode(), v2A));

        String standard = catalog.iris().standard("fhir-fhir.example.org-r4-Questionnaire-phq-2");
        CatalogRecord phq = sink.record(standard);
        Node item1 = NodeFactory.createURI(catalog.iris().standardField("fhir-fhir.example.org-r4-Questionnaire-phq-2", "PHQ2", "phq2-1"));
        assertTrue(phq.content().contains(item1, HDH.codeList.asNode(),
                NodeFactory.createURI(catalog.iris().vocabulary("fhir-valueset", "loinc.org-vs-LL358-3"))));
        Node comment = NodeFactory.createURI(catalog.iris().standardField("fhir-fhir.example.org-r4-Questionnaire-phq-2", "PHQ2", "comment"));
        assertTrue(phq.content().contains(comment, HDH.fieldLength.asNode(), NodeFactory.createLiteralString("200")));
        assertEquals(4, phq.content().find(Node.ANY, CSVW.column.asNode(), Node.ANY).toList().size(),
                "display and group items are not columns");
        assertTrue(sink.rejected.keySet().stream().anyMatch(k -> k.startsWith("line 2 of ")), sink.rejected.toString());
        assertConforms(sink.accepted);
    }

    @Test
    void xmlFolder_codeSystemsValueSetsAndLogicalModelFromTheSpecification() {
        CollectingSink sink = harvest(fixture("spec"));
        CatalogRecord gender = sink.record(catalog.iris().vocabulary("fhir", "hl7.org-fhir-administrative-gender"));
        assertEquals(4, gender.content().find(Node.ANY, SKOS.inScheme.asNode(), gender.node()).toList().size());
        CatalogRecord genderSet = sink.record(catalog.iris().vocabulary("fhir-valueset", "hl7.org-fhir-ValueSet-administrative-gender"));
        assertEquals(4, genderSet.content().find(Node.ANY, SKOS.inScheme.asNode(), genderSet.node()).toList().size(),
                "a value set including a whole harvested code system has its concepts");
        CatalogRecord loinc = sink.record(catalog.iris().vocabulary("fhir-valueset", "hl7.org-fhir-ValueSet-example-extensional"));
        assertTrue(loinc.content().contains(NodeFactory.createURI(catalog.iris().vocabulary("fhir", "loinc.org") + "/14647-2"),
                SKOS.notation.asNode(), NodeFactory.createLiteralString("14647-2")));
        String model = "fhir-hl7.org-fhir-StructureDefinition-MetadataResource";
        CatalogRecord metadata = sink.record(catalog.iris().standard(model));
        Node url = NodeFactory.createURI(catalog.iris().standardField(model, "MetadataResource", "url"));
        assertTrue(metadata.content().contains(url, CSVW.datatype.asNode(), NodeFactory.createLiteralString("anyURI")));
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertConforms(sink.accepted);
    }

    @Test
    void xmlWithExternalEntity_isRefusedAndTheEntityNeverRead() {
        CollectingSink sink = new CollectingSink();
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> harvest(fixture("bad/xxe.xml"), sink));
        assertTrue(e.getMessage().contains("xxe.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(sink.accepted.isEmpty());
    }

    @Test
    void fileThatIsNotFhir_failsNamingTheFile() {
        for (String file : List.of("bad/not-fhir.json", "bad/not-fhir.xml")) {
            MalformedInputException e = assertThrows(MalformedInputException.class, () -> harvestFile(file));
            assertTrue(e.getMessage().contains(Path.of(file).getFileName().toString()) && e.getMessage().contains("not FHIR"),
                    e.getMessage());
        }
    }

    @Test
    void restSearch_followsNextLinksAndIncludesPublishers() {
        List<URI> asked = new ArrayList<>();
        Fetcher fetcher = (uri, accept) -> {
            asked.add(uri);
            String file = uri.toString().contains("ResearchStudy?") ? (uri.toString().contains("_page=2")
                    ? "rest/researchstudy-page2.json" : "rest/researchstudy-page1.json") : "rest/empty-searchset.json";
            return new Fetcher.Fetched(uri, "application/fhir+json", bytes(file));
        };
        CollectingSink sink = new CollectingSink();
        new FhirHarvester().harvest(source(BASE), context(fetcher), sink);
        sink.record(catalog.iris().dataset("fhir-test-researchstudy-esteban"));
        sink.record(catalog.iris().dataset("fhir-test-researchstudy-elfe"));
        sink.record(catalog.iris().producer("fhir-test-ined"));
        assertTrue(asked.contains(URI.create(BASE + "/ResearchStudy?_include=ResearchStudy:sponsor&_count=100&_page=2")), asked.toString());
        assertEquals(FhirRestSearch.SEARCHES.size() + 1, asked.size(), "each search once, plus the second page");
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertConforms(sink.accepted);
    }

    @Test
    void restSearch_unreachableServerFailsTheHarvest() {
        Fetcher down = (uri, accept) -> {
            throw new Fetcher.FetchException("Connection refused: " + uri.getHost(), null);
        };
        assertThrows(Fetcher.FetchException.class, () -> new FhirHarvester().harvest(source(BASE), context(down), new CollectingSink()));
        assertEquals(SourceType.FHIR, new FhirHarvester().type());
    }

    private static void assertConforms(List<CatalogRecord> records) {
        for (ValidationReport report : catalog.records().validateAll(records)) {
            assertTrue(report.conforms(), report.toText());
        }
    }

    private static CollectingSink harvestFile(String file) {
        return harvest(fixture(file));
    }

    private static CollectingSink harvest(String location) {
        CollectingSink sink = new CollectingSink();
        harvest(location, sink);
        return sink;
    }

    private static void harvest(String location, CollectingSink sink) {
        Fetcher none = (uri, accept) -> {
            throw new AssertionError("a file harvest fetched " + uri);
        };
        new FhirHarvester().harvest(source(location), context(none), sink);
    }

    private static HarvestSource source(String location) {
        return new HarvestSource("fhir-test", SourceType.FHIR, location, Optional.empty(), Set.of());
    }

    private static HarvestContext context(Fetcher fetcher) {
        return new HarvestContext(catalog.iris(), new RecordSource("urn:test:fhir", "fhir-harvester"), fetcher);
    }

    static String fixture(String path) {
        try {
            return Path.of(FhirHarvesterTest.class.getResource("/fhir/r4/" + path).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = FhirHarvesterTest.class.getResourceAsStream("/fhir/r4/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
