package fr.hdh.catalog.harvest.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR harvester on R5: the fixtures of {@code fhir/r5} (see its PROVENANCE.md) are the R4 fixtures
 * as R5 writes them ({@code ResearchStudy.associatedParty}, {@code classifier}, {@code recruitment},
 * {@code Group.membership}, {@code ConceptMap.group.element.target.relationship}, {@code sourceScope}…).
 * A catalogue must not depend on the release a server speaks: each R5 file gives the same records,
 * triple for triple, as its R4 original, and the same rejections.
 */
class FhirR5HarvestTest {
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
    void theFixturesAreWrittenInR5() throws IOException {
        String bundle = Files.readString(fixture("r5", "study/constances-bundle.json"), StandardCharsets.UTF_8);
        String terminology = Files.readString(fixture("r5", "study/terminology.ndjson"), StandardCharsets.UTF_8);
        for (String r5Only : new String[] {"\"associatedParty\"", "\"classifier\"", "\"recruitment\"", "\"membership\""}) {
            assertTrue(bundle.contains(r5Only), r5Only);
        }
        assertTrue(terminology.contains("\"relationship\"") && terminology.contains("\"sourceScopeCanonical\""));
    }

    @Test
    void anR5BundleGivesTheStudyGroupAndPublisherAnR4BundleGives() {
        CollectingSink r4 = harvest("r4", "study/constances-bundle.json");
        CollectingSink r5 = harvest("r5", "study/constances-bundle.json");
        // R5's ResearchStudy has no contact element (R4's ResearchStudy.contact); all else is the same.
        CatalogRecord study = r4.record("http://test.example/dataset/fhir-test-researchstudy-constances");
        Node contact = NodeFactory.createURI(study.iri() + "#contact");
        assertTrue(study.content().contains(study.node(), DCAT.contactPoint.asNode(), contact));
        study.content().find(contact, Node.ANY, Node.ANY).toList().forEach(study.content()::delete);
        study.content().delete(Triple.create(study.node(), DCAT.contactPoint.asNode(), contact));

        assertSameRecords(r4, r5);
        assertEquals(3, r5.accepted.size(), r5.rejected.toString());
        assertTrue(r5.rejected.get("ResearchStudy/untitled").contains("no title"), r5.rejected.toString());
        assertTrue(r5.rejected.get("ResearchStudy/orphan").contains("no publisher"), r5.rejected.toString());
        assertTrue(r5.rejected.get("Patient/p1").contains("not catalogued"), r5.rejected.toString());
        assertConforms(r5);
    }

    @Test
    void anR5NdjsonGivesTheSameConceptMapAndQuestionnaire() {
        CollectingSink r4 = harvest("r4", "study/terminology.ndjson");
        CollectingSink r5 = harvest("r5", "study/terminology.ndjson");

        assertEquals(2, r5.accepted.size(), r5.rejected.toString());
        assertSameRecords(r4, r5);
        assertTrue(r5.rejected.isEmpty(), r5.rejected.toString());
    }

    @Test
    void r5XmlCodeSystemsValueSetsAndLogicalModelGiveTheSameRecords() {
        CollectingSink r4 = harvest("r4", "spec");
        CollectingSink r5 = harvest("r5", "spec");

        assertTrue(r5.rejected.isEmpty(), r5.rejected.toString());
        assertSameRecords(r4, r5);
        assertConforms(r5);
    }

    @Test
    void theVersionIsToldFromTheResourceItself() {
        String r4 = "{\"resourceType\":\"Group\",\"id\":\"g\",\"type\":\"person\",\"actual\":true}";
        String r5 = "{\"resourceType\":\"Group\",\"id\":\"g\",\"type\":\"person\",\"membership\":\"enumerated\"}";
        String both = "{\"resourceType\":\"CodeSystem\",\"id\":\"c\",\"status\":\"active\",\"content\":\"complete\"}";

        assertEquals(FhirVersion.R4, VersionedParser.parse(r4, false).version());
        assertEquals(FhirVersion.R5, VersionedParser.parse(r5, false).version());
        assertTrue(((org.hl7.fhir.r4.model.Group) VersionedParser.parse(r5, false).resource()).getActual());
        assertEquals(FhirVersion.R4, VersionedParser.parse(both, false).version(), "what both releases read alike is read as R4");
    }

    /** The same record IRIs, each with an isomorphic graph, and the same rejected items. */
    private static void assertSameRecords(CollectingSink r4, CollectingSink r5) {
        Map<String, Graph> expected = byIri(r4);
        Map<String, Graph> actual = byIri(r5);
        assertEquals(expected.keySet(), actual.keySet(), "rejected from R5: " + r5.rejected);
        expected.forEach((iri, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(iri)),
                iri + " differs between R4 and R5:\n only in R4 " + onlyIn(graph, actual.get(iri))
                        + "\n only in R5 " + onlyIn(actual.get(iri), graph)));
        assertEquals(r4.rejected.keySet().stream().filter(k -> !k.contains(" of ")).collect(Collectors.toSet()),
                r5.rejected.keySet().stream().filter(k -> !k.contains(" of ")).collect(Collectors.toSet()));
    }

    /** The triples of {@code a} without blank nodes that {@code b} lacks (enough to say what differs). */
    private static List<Triple> onlyIn(Graph a, Graph b) {
        return a.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || b.contains(t)).toList();
    }

    private static Map<String, Graph> byIri(CollectingSink sink) {
        Map<String, Graph> map = new TreeMap<>();
        sink.accepted.forEach(r -> map.put(r.iri(), r.content()));
        return map;
    }

    private static void assertConforms(CollectingSink sink) {
        for (ValidationReport report : catalog.records().validateAll(sink.accepted)) {
            assertTrue(report.conforms(), report.toText());
        }
    }

    private static CollectingSink harvest(String release, String path) {
        Fetcher none = (uri, accept) -> {
            throw new AssertionError("a file harvest fetched " + uri);
        };
        CollectingSink sink = new CollectingSink();
        HarvestSource source = new HarvestSource("fhir-test", SourceType.FHIR, fixture(release, path).toString(),
                Optional.empty(), Set.of());
        new FhirHarvester().harvest(source,
                new HarvestContext(catalog.iris(), new RecordSource("urn:test:fhir", "fhir-harvester"), none), sink);
        return sink;
    }

    private static Path fixture(String release, String path) {
        try {
            return Path.of(FhirR5HarvestTest.class.getResource("/fhir/" + release + "/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
