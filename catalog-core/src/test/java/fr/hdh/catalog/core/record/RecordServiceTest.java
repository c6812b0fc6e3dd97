package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordServiceTest {
    private static final String BASE = "http://test.example/";
    private static final RecordSource SOURCE = new RecordSource("urn:test", "tester");

    @TempDir
    Path dir;

    private Catalog catalog;

    @BeforeEach
    void open() {
        catalog = Catalog.open(CatalogConfig.onDisk(dir, BASE), ReferenceLookup.NONE);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aNewRecordIsAddedWithProvenanceAndWritingItAgainWritesNothing() {
        CatalogRecord cnam = producer("cnam", "Caisse nationale de l'assurance maladie");

        assertEquals(Change.ADDED, catalog.records().put(cnam));
        Graph stored = storedGraph(cnam.iri());
        String modified = literal(stored, RecordProvenance.recordNode(cnam.iri()), DCTerms.modified.asNode());

        assertEquals(Change.UNCHANGED, catalog.records().put(producer("cnam", "Caisse nationale de l'assurance maladie")));
        assertEquals(modified, literal(storedGraph(cnam.iri()), RecordProvenance.recordNode(cnam.iri()), DCTerms.modified.asNode()));
        assertTrue(stored.contains(RecordProvenance.recordNode(cnam.iri()), RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
        assertTrue(stored.contains(RecordProvenance.recordNode(cnam.iri()),
                fr.hdh.catalog.ontologies.PROV.wasAttributedTo.asNode(), NodeFactory.createURI(BASE + "agent/tester")));
    }

    @Test
    void changedContentReplacesTheRecordAndKeepsItsIssueDate() {
        CatalogRecord first = producer("atih", "ATIH");
        catalog.records().put(first);
        String issued = literal(storedGraph(first.iri()), RecordProvenance.recordNode(first.iri()), DCTerms.issued.asNode());

        assertEquals(Change.CHANGED, catalog.records().put(producer("atih", "Agence technique de l'information sur l'hospitalisation")));

        Graph content = catalog.records().content(first.iri()).orElseThrow();
        assertEquals(1, content.find(first.node(), FOAF.name.asNode(), Node.ANY).toList().size(), "old name replaced, not added");
        assertEquals(issued, literal(storedGraph(first.iri()), RecordProvenance.recordNode(first.iri()), DCTerms.issued.asNode()));
    }

    @Test
    void aBatchWithOneInvalidRecordIsRefusedWholeAndNamesTheProblem() {
        CatalogRecord good = producer("drees", "DREES");
        Graph noTitle = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(BASE + "dataset/untitled");
        noTitle.add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        CatalogRecord bad = new CatalogRecord(dataset.getURI(), RecordKind.DATASET, noTitle, SOURCE);

        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> catalog.records().putAll(List.of(good, bad), fr.hdh.catalog.core.Progress.NONE));

        assertTrue(e.getMessage().contains("dct:title"), e.getMessage());
        assertEquals(1, e.reports().size());
        assertTrue(catalog.records().content(good.iri()).isEmpty(), "the valid record of the batch was not written either");
        assertEquals(0, catalog.stats().records());
    }

    @Test
    void withdrawKeepsTheRecordAndMarksIt() {
        CatalogRecord abm = producer("abm", "Agence de la biomédecine");
        catalog.records().put(abm);

        assertEquals(Change.WITHDRAWN, catalog.records().withdraw(abm.iri(), SOURCE));

        Graph stored = storedGraph(abm.iri());
        assertTrue(RecordProvenance.withdrawn(abm.iri(), stored));
        assertTrue(stored.contains(abm.node(), FOAF.name.asNode(), Node.ANY), "content is kept");
        assertEquals(Change.UNCHANGED, catalog.records().withdraw(abm.iri(), SOURCE));
        assertEquals(Change.CHANGED, catalog.records().put(abm), "putting it again brings it back");
        assertFalse(RecordProvenance.withdrawn(abm.iri(), storedGraph(abm.iri())));
    }

    @Test
    void listenersHearOnlyOfRecordsReallyWritten() {
        List<String> heard = new ArrayList<>();
        catalog.records().onCommit(committed -> committed.forEach(c -> heard.add(c.iri())));
        catalog.records().put(producer("spf", "Santé publique France"));
        catalog.records().put(producer("spf", "Santé publique France"));
        assertEquals(List.of(BASE + "producer/spf"), heard);
    }

    @Test
    void aReopenedStoreKeepsEverything() {
        catalog.records().put(producer("cnsa", "CNSA"));
        catalog.close();
        catalog = Catalog.open(CatalogConfig.onDisk(dir, BASE), ReferenceLookup.NONE);
        assertEquals(1, catalog.stats().records());
        assertEquals(Change.UNCHANGED, catalog.records().put(producer("cnsa", "CNSA")));
    }

    @Test
    void aValidatedBatchIsWrittenWithoutValidatingAgain() {
        AtomicInteger lookups = new AtomicInteger();
        ReferenceLookup counting = (resource, sink) -> lookups.incrementAndGet();
        try (CatalogStore store = CatalogStore.inMemory()) {
            RecordService records = new RecordService(store,
                    new RecordValidator(ShapesLibrary.shared(), counting), BASE + "agent/", Clock.systemUTC());

            ValidatedBatch checked = records.validateBatch(List.of(producer("drees", "DREES"), producer("cnsa", "CNSA")),
                    fr.hdh.catalog.core.Progress.NONE);
            int afterValidation = lookups.get();
            BatchOutcome outcome = records.putValidated(checked, fr.hdh.catalog.core.Progress.NONE);

            assertTrue(afterValidation > 0, "the validation looked up what the producers point to");
            assertEquals(afterValidation, lookups.get(), "writing did not validate again");
            assertEquals(2, outcome.changes().count(Change.ADDED));
            assertEquals(2, store.read(() -> store.recordNames().size()));
        }
    }

    @Test
    void whatIsWrittenIsTheContentThatWasValidatedNotAGraphChangedAfterwards() {
        CatalogRecord drees = producer("drees", "DREES");
        ValidatedBatch checked = catalog.records().validateBatch(List.of(drees), fr.hdh.catalog.core.Progress.NONE);
        drees.content().find(drees.node(), FOAF.name.asNode(), Node.ANY).toList().forEach(drees.content()::delete);
        drees.content().add(drees.node(), DCTerms.description.asNode(), NodeFactory.createLiteralString("added later"));

        catalog.records().putValidated(checked, fr.hdh.catalog.core.Progress.NONE);

        Graph stored = catalog.records().content(drees.iri()).orElseThrow();
        assertEquals("DREES", literal(stored, drees.node(), FOAF.name.asNode()));
        assertFalse(stored.contains(drees.node(), DCTerms.description.asNode(), Node.ANY));
    }

    @Test
    void aHandedOverBatchIsStoredWithItsProvenanceAndTheHandedGraphIsLeftAsItWas() {
        CatalogRecord drees = producer("drees", "DREES");
        Set<Triple> handed = drees.content().find().toSet();

        BatchOutcome outcome = catalog.records().putValidated(
                catalog.records().validateHandedOver(List.of(drees), fr.hdh.catalog.core.Progress.NONE),
                fr.hdh.catalog.core.Progress.NONE);

        assertEquals(1, outcome.changes().count(Change.ADDED));
        assertEquals(handed, drees.content().find().toSet(), "no provenance added to the caller's graph");
        Graph stored = catalog.store().read(() -> catalog.store().recordGraph(drees.iri()).orElseThrow());
        assertTrue(RecordProvenance.hash(drees.iri(), stored).isPresent(), "the stored graph carries its provenance");
        assertEquals(handed, catalog.records().content(drees.iri()).orElseThrow().find().toSet());
    }

    @Test
    void aBatchWrittenInSeveralCommitsTellsTheListenersOfEachAndReportsLikeOne() {
        List<List<String>> commits = new ArrayList<>();
        catalog.records().onCommit(committed -> commits.add(committed.stream().map(CommittedRecord::iri).toList()));
        catalog.records().put(producer("drees", "DREES"));
        commits.clear();
        List<CatalogRecord> batch = List.of(producer("drees", "DREES"), producer("cnsa", "CNSA"),
                producer("atih", "ATIH"), producer("abm", "ABM"));
        long perRecord = batch.get(1).content().size();

        BatchOutcome outcome = catalog.records().putValidated(
                catalog.records().validateBatch(batch, fr.hdh.catalog.core.Progress.NONE),
                CommitSize.aboutTriples(2 * perRecord), fr.hdh.catalog.core.Progress.NONE);

        assertEquals(List.of(List.of(BASE + "producer/cnsa"), List.of(BASE + "producer/atih", BASE + "producer/abm")),
                commits, "two records per commit, the unchanged one not heard of");
        assertEquals(3, outcome.changes().count(Change.ADDED));
        assertEquals(1, outcome.changes().count(Change.UNCHANGED));
        assertEquals(4, outcome.stored().size());
        assertEquals(4, catalog.stats().records());
    }

    @Test
    void aValidatedBatchIsWrittenOnceAndOnlyByTheServiceThatValidatedIt() {
        try (CatalogStore otherStore = CatalogStore.inMemory()) {
            RecordService other = new RecordService(otherStore,
                    new RecordValidator(ShapesLibrary.shared(), ReferenceLookup.NONE), BASE + "agent/", Clock.systemUTC());
            ValidatedBatch checked = other.validateBatch(List.of(producer("drees", "DREES")), fr.hdh.catalog.core.Progress.NONE);

            assertThrows(IllegalArgumentException.class,
                    () -> catalog.records().putValidated(checked, fr.hdh.catalog.core.Progress.NONE));
            other.putValidated(checked, fr.hdh.catalog.core.Progress.NONE);
            assertThrows(IllegalStateException.class, () -> other.putValidated(checked, fr.hdh.catalog.core.Progress.NONE));
            assertEquals(0, catalog.stats().records());
            assertEquals(1, otherStore.read(() -> otherStore.recordNames().size()));
        }
    }

    @Test
    void theStoresWriterIsHandedOutOnceSoNoSecondWriterCanChangeIt() {
        assertThrows(IllegalStateException.class, () -> catalog.store().writer());
    }

    @Test
    void aRecordThatReliedOnARefusedOneIsRefusedTooAndOnlyIt() {
        CatalogRecord typed = producer("atih", "ATIH");
        typed.content().add(typed.node(), DCTerms.type.asNode(), NodeFactory.createURI(KINDS + "/public"));
        // A HealthDCAT-AP term makes it a health record: its values must be described, not entailed from ranges.
        typed.content().add(typed.node(), NodeFactory.createURI("http://healthdataportal.eu/ns/health#trustedDataHolder"),
                NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        CatalogRecord untyped = producer("cnsa", "CNSA");
        CatalogRecord kinds = kinds(true);
        assertTrue(catalog.records().validateAll(List.of(typed, kinds)).stream().allMatch(ValidationReport::conforms),
                "the type's concept is found in the batch");
        assertFalse(catalog.records().validateAll(List.of(typed)).get(0).conforms(),
                "without the vocabulary the type is no skos:Concept");

        ValidatedBatch checked = catalog.records().validateBatch(List.of(typed, untyped, kinds(false)),
                fr.hdh.catalog.core.Progress.NONE);
        assertEquals(List.of(KINDS), checked.failures().stream().map(ValidationReport::recordIri).toList(),
                "at first only the vocabulary without title fails");
        BatchOutcome outcome = catalog.records().putValidated(checked, fr.hdh.catalog.core.Progress.NONE);

        assertEquals(List.of(untyped.iri()), outcome.stored().stream().map(CatalogRecord::iri).toList());
        assertEquals(List.of(KINDS, typed.iri()), outcome.refused().stream().map(ValidationReport::recordIri).toList());
        assertTrue(catalog.records().content(typed.iri()).isEmpty());
        assertTrue(catalog.records().content(untyped.iri()).isPresent());
    }

    @Test
    void aLargeBatchValidatedOnSeveralThreadsGivesEachRecordTheReportItGetsAlone() {
        List<CatalogRecord> batch = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            CatalogRecord p = producer("p" + i, "Producer " + i);
            if (i % 2 == 0) {
                p.content().add(p.node(), DCTerms.type.asNode(), NodeFactory.createURI(KINDS + "/public"));
                p.content().add(p.node(), NodeFactory.createURI("http://healthdataportal.eu/ns/health#trustedDataHolder"),
                        NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
            }
            batch.add(p);
        }
        batch.add(kinds(false));

        ValidatedBatch checked = catalog.records().validateBatch(batch, fr.hdh.catalog.core.Progress.NONE);
        BatchOutcome outcome = catalog.records().putValidated(checked, fr.hdh.catalog.core.Progress.NONE);

        assertEquals(batch.stream().map(CatalogRecord::iri).toList(),
                checked.reports().stream().map(ValidationReport::recordIri).toList(), "reports in batch order");
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(catalog.records().validateAll(List.of(batch.get(i), kinds(false))).get(0).toText(),
                    checked.reports().get(i).toText(), "same report as alone with the batch's vocabulary: " + i);
        }
        assertEquals(32, outcome.stored().size(), "the untyped ones");
        assertEquals(33, outcome.refused().size(), "the vocabulary, then every producer that read it");
    }

    @Test
    void aRecordAndItsDerivedGraphsAreWrittenTogetherOrNotAtAll() {
        String kept = BASE + "vocabulary-version/kinds/1";
        Graph version = kinds(true).content();
        AtomicInteger heard = new AtomicInteger();
        catalog.records().onCommit(written -> heard.addAndGet(written.size()));

        assertThrows(InvalidRecordException.class, () -> catalog.records().put(kinds(false), java.util.Map.of(kept, version)));
        assertTrue(catalog.store().read(() -> catalog.store().recordGraph(kept)).isEmpty(), "no derived graph without its record");
        assertEquals(0, heard.get());

        assertEquals(Change.ADDED, catalog.records().put(kinds(true), java.util.Map.of(kept, version)));
        assertEquals(version.size(), catalog.store().read(() -> catalog.store().recordGraph(kept)).orElseThrow().size(),
                "the derived graph as given, without provenance");
        assertEquals(1, heard.get(), "the index hears of the record, not of the derived graph");
        assertEquals(Change.UNCHANGED, catalog.records().put(kinds(true), java.util.Map.of(kept, version)));
    }

    private static final String KINDS = BASE + "vocab/kinds";

    /** A small vocabulary of producer kinds, with its title or without (which the shapes refuse). */
    private static CatalogRecord kinds(boolean titled) {
        Graph g = GraphFactory.createDefaultGraph();
        Node scheme = NodeFactory.createURI(KINDS);
        Node concept = NodeFactory.createURI(KINDS + "/public");
        g.add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        if (titled) {
            g.add(scheme, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Kinds of producer", "en"));
        }
        g.add(concept, RDF.type.asNode(), SKOS.Concept.asNode());
        g.add(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("public body", "en"));
        g.add(concept, SKOS.inScheme.asNode(), scheme);
        return new CatalogRecord(KINDS, RecordKind.VOCABULARY, g, SOURCE);
    }

    private Graph storedGraph(String iri) {
        return catalog.store().read(() -> catalog.store().recordGraph(iri).orElseThrow());
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    static CatalogRecord producer(String id, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        Node org = NodeFactory.createURI(BASE + "producer/" + id);
        g.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
        g.add(org, RDF.type.asNode(), FOAF.Agent.asNode());
        g.add(org, FOAF.name.asNode(), NodeFactory.createLiteralLang(name, "fr"));
        return new CatalogRecord(org.getURI(), RecordKind.PRODUCER, g, SOURCE);
    }
}
