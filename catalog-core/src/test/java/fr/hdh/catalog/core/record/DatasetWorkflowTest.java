package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.AccessDeniedException;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.StaleVersionException;
import fr.hdh.catalog.core.WorkflowStateException;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Producers' records through the workflow, on a real TDB2 pair (public store, private workspace): drafts
 * and submitted versions stay out of the public store and search, publication brings one version in,
 * every change is a version with its audit entry, and only the right people may act.
 */
class DatasetWorkflowTest {
    static final String BASE = "http://test.example/";
    static final String DATASET = BASE + "dataset/hospital-stays";
    static final String ATIH = BASE + "producer/atih";
    static final String DREES = BASE + "producer/drees";
    static final User PRODUCER = new User("atih-editor", Role.PRODUCER, Set.of(ATIH));
    static final User OTHER_PRODUCER = new User("drees-editor", Role.PRODUCER, Set.of(DREES));
    static final User CURATOR = new User("curator", Role.CURATOR, Set.of());
    static final User READER = new User("reader", Role.READER, Set.of());

    @TempDir
    Path dir;
    Catalog catalog;
    DatasetWorkflow workflow;

    @BeforeEach
    void open() throws Exception {
        catalog = Catalog.open(CatalogConfig.onDisk(dir.resolve("data"), BASE), ReferenceLookup.NONE);
        catalog.records().putAll(read("producers.ttl"), Progress.NONE);
        workflow = catalog.workflow();
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aDraftIsPrivateUntilACuratorPublishesIt() throws Exception {
        RecordVersion v1 = workflow.create(dataset(), PRODUCER, Optional.of("first version"));
        assertEquals(1, v1.number());
        assertEquals(VersionState.DRAFT, v1.state());
        assertPrivate();

        assertEquals(VersionState.SUBMITTED, workflow.submit(DATASET, PRODUCER).state());
        assertPrivate();

        assertEquals(VersionState.PUBLISHED, workflow.publish(DATASET, CURATOR).state());
        assertTrue(catalog.records().exists(DATASET));
        assertTrue(found("séjours hospitaliers"));
    }

    @Test
    void editingAPublishedRecordMakesADraftAndThePublishedVersionStaysPublic() throws Exception {
        publishFirstVersion();
        CatalogRecord edited = retitled("Séjours à l'hôpital");
        RecordVersion v2 = workflow.update(DATASET, edited, 1, PRODUCER, Optional.of("new title"));

        assertEquals(2, v2.number());
        assertEquals(VersionState.DRAFT, v2.state());
        assertTrue(publicTitles().contains("Séjours hospitaliers"), "version 1 is still the public one");
        assertFalse(publicTitles().contains("Séjours à l'hôpital"));
        assertEquals(List.of(VersionState.PUBLISHED, VersionState.DRAFT),
                workflow.history(DATASET).stream().map(RecordVersion::state).toList());

        workflow.publish(DATASET, CURATOR);
        assertTrue(publicTitles().contains("Séjours à l'hôpital"));
        assertEquals(List.of(VersionState.SUPERSEDED, VersionState.PUBLISHED),
                workflow.history(DATASET).stream().map(RecordVersion::state).toList());
    }

    @Test
    void versionsAreKeptAsChangesAndEachReadsBackAsWritten() throws Exception {
        workflow.create(dataset(), PRODUCER, Optional.empty());
        int triples = dataset().content().size();
        // ten versions, each a new title; the fifth also gives the dataset a temporal coverage as a blank node
        for (int v = 2; v <= 11; v++) {
            CatalogRecord next = retitled("Titre " + v);
            if (v >= 5 && v <= 7) {
                Node period = NodeFactory.createBlankNode();
                next.content().add(NodeFactory.createURI(DATASET), DCTerms.temporal.asNode(), period);
                next.content().add(period, NodeFactory.createURI("http://www.w3.org/ns/dcat#startDate"),
                        NodeFactory.createLiteralString("201" + v));
            }
            workflow.update(DATASET, next, v - 1, PRODUCER, Optional.empty());
        }
        assertTrue(workflow.content(DATASET, 1).isIsomorphicWith(dataset().content()), "version 1 as it was written");
        for (int v = 2; v <= 11; v++) {
            Graph g = workflow.content(DATASET, v);
            assertEquals(List.of("Titre " + v), g.find(NodeFactory.createURI(DATASET), DCTerms.title.asNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().getLiteralLanguage().equals("fr"))
                    .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList(), "version " + v);
            assertEquals(v >= 5 && v <= 7 ? 1 : 0, g.find(Node.ANY, DCTerms.temporal.asNode(), Node.ANY).toList().size(), "version " + v);
        }
        long kept = catalog.workspace().read(() -> {
            long n = 0;
            for (int v = 1; v <= 11; v++) {
                for (String graph : List.of(WorkspaceTerms.content(DATASET, v), WorkspaceTerms.added(DATASET, v),
                        WorkspaceTerms.removed(DATASET, v))) {
                    n += catalog.workspace().graph(graph).map(Graph::size).orElse(0);
                }
            }
            return n;
        });
        assertTrue(kept <= triples + 10 * 2 + 3 * 4, "the first version whole, each later one as its change: "
                + kept + " statements kept for 11 versions of " + triples);
        assertTrue(workflow.diff(DATASET, 1, 11).toText().contains("Titre 11"));
        RecordVersion restored = workflow.restore(DATASET, 6, PRODUCER);
        assertTrue(workflow.content(DATASET, restored.number()).isIsomorphicWith(workflow.content(DATASET, 6)),
                "a restored version equals the old one, blank node included");
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() throws Exception {
        workflow.create(dataset(), PRODUCER, Optional.empty());
        workflow.update(DATASET, retitled("A"), 1, PRODUCER, Optional.empty());
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> workflow.update(DATASET, retitled("B"), 1, PRODUCER, Optional.empty()));
        assertEquals(2, stale.latest());
        assertEquals(2, workflow.history(DATASET).size());
    }

    @Test
    void onlyTheRightPeopleMayAct() throws Exception {
        assertThrows(AccessDeniedException.class, () -> workflow.create(dataset(), OTHER_PRODUCER, Optional.empty()));
        assertThrows(AccessDeniedException.class, () -> workflow.create(dataset(), READER, Optional.empty()));
        workflow.create(dataset(), PRODUCER, Optional.empty());
        assertThrows(AccessDeniedException.class, () -> workflow.update(DATASET, retitled("x"), 1, OTHER_PRODUCER, Optional.empty()));
        assertThrows(AccessDeniedException.class, () -> workflow.submit(DATASET, OTHER_PRODUCER));
        assertThrows(AccessDeniedException.class, () -> workflow.publish(DATASET, PRODUCER));
        CatalogRecord moved = retitled("Moved");
        moved.content().remove(NodeFactory.createURI(DATASET), DCTerms.publisher.asNode(), Node.ANY);
        moved.content().add(NodeFactory.createURI(DATASET), DCTerms.publisher.asNode(), NodeFactory.createURI(DREES));
        assertThrows(AccessDeniedException.class, () -> workflow.update(DATASET, moved, 1, PRODUCER, Optional.empty()),
                "a producer cannot hand its record to another organisation");
        assertEquals(1, workflow.history(DATASET).size());
        assertEquals(List.of("create"), catalog.workspace().audit(0, 10).stream().map(AuditEntry::action)
                .filter(a -> !a.startsWith("user")).toList());
    }

    @Test
    void anInvalidDraftIsRefusedWithItsReportAndNothingIsKept() throws Exception {
        CatalogRecord untitled = dataset();
        untitled.content().remove(NodeFactory.createURI(DATASET), DCTerms.title.asNode(), Node.ANY);
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> workflow.create(untitled, PRODUCER, Optional.empty()));
        assertTrue(e.getMessage().contains("dct:title"), e.getMessage());
        assertTrue(workflow.latest(DATASET).isEmpty());
    }

    @Test
    void historyDiffAndRestore() throws Exception {
        workflow.create(dataset(), PRODUCER, Optional.of("first"));
        workflow.update(DATASET, retitled("Séjours à l'hôpital"), 1, PRODUCER, Optional.of("second"));

        VersionDiff diff = workflow.diff(DATASET, 1, 2);
        assertEquals(Set.of(DCTerms.title.getURI()), diff.properties().keySet());
        VersionDiff.ValueChange change = diff.properties().get(DCTerms.title.getURI()).changed().get(0);
        assertEquals("\"Séjours hospitaliers\"@fr", change.before());
        assertEquals("\"Séjours à l'hôpital\"@fr", change.after());
        assertTrue(diff.toText().contains("~ <" + DATASET + ">: \"Séjours hospitaliers\"@fr → \"Séjours à l'hôpital\"@fr"),
                diff.toText());

        RecordVersion v3 = workflow.restore(DATASET, 1, PRODUCER);
        assertEquals(3, v3.number());
        assertTrue(workflow.content(DATASET, 3).isIsomorphicWith(workflow.content(DATASET, 1)));
        assertTrue(workflow.diff(DATASET, 1, 3).empty());
        assertEquals(List.of("restore", "update", "create"), catalog.workspace().audit(0, 3).stream()
                .map(AuditEntry::action).toList());
    }

    @Test
    void onlyDraftsAreSubmittedAndNothingIsPublishedTwice() throws Exception {
        publishFirstVersion();
        assertThrows(WorkflowStateException.class, () -> workflow.submit(DATASET, PRODUCER));
        assertThrows(WorkflowStateException.class, () -> workflow.publish(DATASET, CURATOR));
        assertThrows(WorkflowStateException.class, () -> workflow.create(dataset(), PRODUCER, Optional.empty()));
    }

    @Test
    void aPublicStoreThatLacksAPublishedVersionGetsItAtOpen() throws Exception {
        publishFirstVersion();
        catalog.close();
        // A public store without the publication, as after a crash between the workspace's commit and the store's.
        Path other = dir.resolve("other");
        copyTree(dir.resolve("data/workspace"), other.resolve("workspace"));
        catalog = Catalog.open(CatalogConfig.onDisk(other, BASE), ReferenceLookup.NONE);
        assertTrue(catalog.records().exists(DATASET));
        catalog.close();
        catalog = Catalog.open(CatalogConfig.onDisk(dir.resolve("data"), BASE), ReferenceLookup.NONE);
    }

    @Test
    void aPublishedRecordNeitherChangedNorConfirmedForAYearIsDueForRecertification() throws Exception {
        publishFirstVersion();
        java.time.Instant aYearOn = java.time.Instant.now().plus(java.time.Duration.ofDays(366));
        assertEquals(List.of(DATASET), workflow.due(aYearOn).stream().map(DatasetWorkflow.Certification::recordIri).toList());
        assertTrue(workflow.due(java.time.Instant.now().minusSeconds(60)).isEmpty(), "just published: not due");
        java.time.Instant before = workflow.due(aYearOn).get(0).lastCertified();
        Thread.sleep(5);
        workflow.confirm(DATASET, PRODUCER);
        assertTrue(workflow.due(aYearOn).get(0).lastCertified().isAfter(before), "confirming certifies it again");
        assertTrue(workflow.due(before.plusMillis(1)).isEmpty());
        assertThrows(AccessDeniedException.class, () -> workflow.confirm(DATASET, OTHER_PRODUCER));
    }

    @Test
    void aRestartFinishesAStepThatCrashedBetweenTheWorkspaceAndThePublicStore() throws Exception {
        publishFirstVersion();
        // The public write of a publication lost: the public store still holds other content.
        catalog.records().put(retitled("Titre d'avant la publication"));
        assertEquals(List.of("Titre d'avant la publication"), publicFrenchTitles());
        assertEquals(1, workflow.reconcile());
        assertTrue(publicFrenchTitles().contains("Séjours hospitaliers"), publicFrenchTitles().toString());

        workflow.withdraw(DATASET, CURATOR);
        // The public write of a withdrawal lost: the record is live again in the public store.
        catalog.records().put(dataset());
        assertFalse(publicWithdrawn());
        assertEquals(1, workflow.reconcile());
        assertTrue(publicWithdrawn(), "the withdrawal reaches the public store");
        assertEquals(0, workflow.reconcile(), "a second pass has nothing to do");
    }

    private void publishFirstVersion() throws Exception {
        workflow.create(dataset(), PRODUCER, Optional.empty());
        workflow.submit(DATASET, PRODUCER);
        workflow.publish(DATASET, CURATOR);
    }

    private void assertPrivate() {
        assertFalse(catalog.records().exists(DATASET));
        assertFalse(found("séjours hospitaliers"), "the draft is not in the search index");
        long graphsNamedLikeIt = catalog.store().read(() -> catalog.store().recordNames().stream()
                .filter(n -> n.contains("hospital-stays") || n.startsWith("urn:hdh:workspace")).count());
        assertEquals(0, graphsNamedLikeIt, "nothing of the draft is in the public store");
    }

    private boolean found(String words) {
        return catalog.search().search(SearchQuery.text(words)).hits().stream().anyMatch(h -> h.iri().equals(DATASET));
    }

    private List<String> publicFrenchTitles() {
        return catalog.records().content(DATASET).orElseGet(GraphFactory::createDefaultGraph)
                .find(NodeFactory.createURI(DATASET), DCTerms.title.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLanguage().equals("fr"))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    private boolean publicWithdrawn() {
        return catalog.store().read(() -> catalog.store().recordGraph(DATASET)
                .map(g -> RecordProvenance.withdrawn(DATASET, g)).orElse(false));
    }

    private List<String> publicTitles() {
        Graph g = catalog.records().content(DATASET).orElseGet(GraphFactory::createDefaultGraph);
        return g.find(NodeFactory.createURI(DATASET), DCTerms.title.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    private CatalogRecord retitled(String title) throws Exception {
        CatalogRecord r = dataset();
        Node d = NodeFactory.createURI(DATASET);
        r.content().remove(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Séjours hospitaliers", "fr"));
        r.content().add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        return r;
    }

    static CatalogRecord dataset() throws URISyntaxException {
        return read("dataset.ttl").get(0);
    }

    static List<CatalogRecord> read(String name) throws URISyntaxException {
        Path file = Path.of(DatasetWorkflowTest.class.getResource("/workflow/" + name).toURI());
        return RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()),
                new RecordSource(file.toUri().toString(), "test")).records();
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
