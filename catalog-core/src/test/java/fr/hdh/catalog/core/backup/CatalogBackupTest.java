package fr.hdh.catalog.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.record.WorkspaceTerms;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/**
 * A backup restored into an empty catalogue gives back the same stores, quad for quad, and tokens that
 * still authenticate; a file that is not whole is refused before anything is written, and so is a
 * restore that would merge into a catalogue holding something.
 */
class CatalogBackupTest {
    static final String BASE = "http://test.example/";
    static final String DATASET = BASE + "dataset/hospital-stays";
    static final User PRODUCER = new User("atih-editor", Role.PRODUCER, Set.of(BASE + "producer/atih"));
    static final User CURATOR = new User("curator", Role.CURATOR, Set.of());

    @Test
    void aRestoredCatalogueHoldsTheSameQuadsAndItsTokensStillAuthenticate() throws Exception {
        byte[] backup;
        String token;
        List<String> publicQuads;
        List<String> workspaceQuads;
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            token = populate(source);
            publicQuads = publicQuads(source);
            workspaceQuads = workspaceQuads(source);
            backup = backup(source);
        }
        try (Catalog target = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            BackupSnapshot snapshot = BackupSnapshot.read(new ByteArrayInputStream(backup), "backup.nq.gz");
            assertEquals(BASE, snapshot.manifest().baseIri());
            CatalogBackup.Restored restored = new CatalogBackup(target).restore(snapshot, Progress.NONE);

            assertEquals(publicQuads, publicQuads(target));
            assertEquals(workspaceQuads, workspaceQuads(target), "versions, audit, users and token key alike");
            // two producers, the published dataset, and the quality graph of what producers publish
            assertEquals(new CatalogBackup.Summary(4, publicQuads.size(), (int) workspaceQuads.stream()
                    .map(q -> q.substring(q.lastIndexOf('<'))).distinct().count(), workspaceQuads.size()), restored.written());
            assertEquals(PRODUCER, target.accounts().authenticate(token).orElseThrow(),
                    "the token key came back with the users, in this very catalogue");
            assertTrue(target.search().search(SearchQuery.text("séjours hospitaliers")).hits().stream()
                    .anyMatch(h -> h.iri().equals(DATASET)), "the search index was rebuilt from the restored store");
            assertEquals(target.search().documentCount(), restored.search().documents());
        }
    }

    @Test
    void blankNodesComeBackAsTheSameGraph() throws Exception {
        String iri = BASE + "producer/atih";
        Graph withBlank = GraphFactory.createDefaultGraph();
        withBlank.add(NodeFactory.createURI(iri), NodeFactory.createURI("http://xmlns.com/foaf/0.1/member"),
                NodeFactory.createBlankNode());
        DatasetGraph stored = DatasetGraphFactory.create();
        stored.addGraph(NodeFactory.createURI(iri), withBlank);
        byte[] backup;
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            source.records().restore(stored, Progress.NONE);
            backup = backup(source);
        }
        try (Catalog target = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            new CatalogBackup(target).restore(BackupSnapshot.read(new ByteArrayInputStream(backup), "b"), Progress.NONE);
            Graph back = target.store().read(() -> target.store().recordGraph(iri)).orElseThrow();
            assertTrue(IsoMatcher.isomorphic(withBlank, back), back.toString());
        }
    }

    @Test
    void aFileThatIsNotWholeIsRefusedSayingWhy() throws Exception {
        byte[] backup;
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            populate(source);
            backup = backup(source);
        }
        MalformedInputException cut = assertThrows(MalformedInputException.class,
                () -> BackupSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(backup, backup.length / 2)), "cut.nq.gz"));
        assertTrue(cut.getMessage().startsWith("cut.nq.gz: ") && cut.getMessage().contains("cut short"), cut.getMessage());

        MalformedInputException plain = assertThrows(MalformedInputException.class,
                () -> BackupSnapshot.read(new ByteArrayInputStream(gunzip(backup)), "plain.nq"));
        assertTrue(plain.getMessage().contains("not gzip-compressed"), plain.getMessage());

        List<String> lines = new ArrayList<>(new String(gunzip(backup), StandardCharsets.UTF_8).lines().toList());
        lines.remove(lines.stream().filter(l -> l.contains("urn:hdh:workspace:users")).findFirst().orElseThrow());
        MalformedInputException lineLost = assertThrows(MalformedInputException.class,
                () -> BackupSnapshot.read(new ByteArrayInputStream(gzip(String.join("\n", lines))), "edited.nq.gz"));
        assertTrue(lineLost.getMessage().contains("not whole"), lineLost.getMessage());

        List<String> noManifest = lines.stream().filter(l -> !l.endsWith("<urn:hdh:backup> .")).toList();
        MalformedInputException none = assertThrows(MalformedInputException.class,
                () -> BackupSnapshot.read(new ByteArrayInputStream(gzip(String.join("\n", noManifest))), "other.nq.gz"));
        assertTrue(none.getMessage().contains("not an hdh backup"), none.getMessage());
    }

    @Test
    void aRestoreIntoACatalogueHoldingSomethingIsRefused() throws Exception {
        byte[] backup;
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            populate(source);
            backup = backup(source);
        }
        BackupSnapshot snapshot = BackupSnapshot.read(new ByteArrayInputStream(backup), "b");
        try (Catalog withUser = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            withUser.accounts().add(new User("someone", Role.READER, Set.of()), "admin");
            CatalogException e = assertThrows(CatalogException.class,
                    () -> new CatalogBackup(withUser).restore(snapshot, Progress.NONE));
            assertTrue(e.getMessage().contains("only into an empty catalogue"), e.getMessage());
            assertEquals(List.of("someone"), withUser.accounts().list().stream().map(User::name).toList());
        }
        try (Catalog withRecords = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            withRecords.records().putAll(read("producers.ttl"), Progress.NONE);
            assertThrows(CatalogException.class, () -> new CatalogBackup(withRecords).restore(snapshot, Progress.NONE));
            assertTrue(withRecords.accounts().list().isEmpty(), "nothing of the backup was written");
        }
    }

    @Test
    void aPublicGraphNamedAsAWorkspaceGraphStopsTheBackup() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(BASE + "x"), NodeFactory.createURI(BASE + "p"), NodeFactory.createLiteralString("v"));
        DatasetGraph stored = DatasetGraphFactory.create();
        stored.addGraph(NodeFactory.createURI(WorkspaceTerms.SECRETS), g);
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            source.records().restore(stored, Progress.NONE);
            CatalogException e = assertThrows(CatalogException.class, () -> backup(source));
            assertTrue(e.getMessage().contains(WorkspaceTerms.SECRETS), e.getMessage());
        }
    }

    @Test
    void aPublicationTheBackupCaughtHalfWayIsCompletedAtRestore() throws Exception {
        byte[] backup;
        try (Catalog source = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            populate(source);
            backup = backup(source);
        }
        // As if the public store's snapshot was taken before the publication reached it, the workspace's after.
        List<String> lines = new String(gunzip(backup), StandardCharsets.UTF_8).lines().toList();
        long dropped = lines.stream().filter(l -> l.endsWith("<" + DATASET + "> .")).count();
        String publicQuads = "<https://w3id.org/hdh-catalog/ns#publicQuads> \"";
        List<String> halfWay = lines.stream().filter(l -> !l.endsWith("<" + DATASET + "> .")).map(l -> {
            if (!l.contains(publicQuads)) {
                return l;
            }
            int start = l.indexOf(publicQuads) + publicQuads.length();
            long count = Long.parseLong(l.substring(start, l.indexOf('"', start)));
            return l.substring(0, start) + (count - dropped) + l.substring(l.indexOf('"', start));
        }).toList();
        assertTrue(dropped > 0);
        try (Catalog target = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            BackupSnapshot snapshot = BackupSnapshot.read(new ByteArrayInputStream(gzip(String.join("\n", halfWay))), "b");
            new CatalogBackup(target).restore(snapshot, Progress.NONE);
            assertTrue(target.records().exists(DATASET), "the published version is written to the public store");
            assertEquals(target.workflow().latest(DATASET).orElseThrow().contentHash(),
                    target.records().storedHash(DATASET).orElseThrow());
        }
    }

    @Test
    void theWorkspaceTakesOnlyWorkspaceGraphs() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(BASE + "x"), NodeFactory.createURI(BASE + "p"), NodeFactory.createLiteralString("v"));
        DatasetGraph snapshot = DatasetGraphFactory.create();
        snapshot.addGraph(NodeFactory.createURI(WorkspaceTerms.USERS), g);
        snapshot.addGraph(NodeFactory.createURI(BASE + "dataset/x"), g);
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE)) {
            CatalogException e = assertThrows(CatalogException.class, () -> catalog.workspace().restore(snapshot));
            assertTrue(e.getMessage().contains(BASE + "dataset/x"), e.getMessage());
            assertTrue(catalog.workspace().read(catalog.workspace()::isEmpty), "nothing written, not even the users graph");
        }
    }

    /** Producers, a dataset published twice (versions 1 and 2), a curator and a producer; returns the producer's token. */
    static String populate(Catalog catalog) throws Exception {
        catalog.records().putAll(read("producers.ttl"), Progress.NONE);
        String token = catalog.accounts().add(PRODUCER, "admin").token();
        catalog.accounts().add(CURATOR, "admin");
        CatalogRecord dataset = read("dataset.ttl").get(0);
        catalog.workflow().create(dataset, PRODUCER, Optional.of("first"));
        catalog.workflow().submit(DATASET, PRODUCER);
        catalog.workflow().publish(DATASET, CURATOR);
        dataset.content().add(NodeFactory.createURI(DATASET), org.apache.jena.vocabulary.DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Hospital stays, by region", "en"));
        catalog.workflow().update(DATASET, dataset, 1, PRODUCER, Optional.of("second"));
        catalog.workflow().publish(DATASET, CURATOR);
        return token;
    }

    static byte[] backup(Catalog catalog) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogBackup(catalog).writeTo(out);
        return out.toByteArray();
    }

    static List<String> publicQuads(Catalog catalog) {
        return catalog.store().read(() -> {
            List<String> lines = new ArrayList<>();
            catalog.store().datasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
            return lines.stream().sorted().toList();
        });
    }

    static List<String> workspaceQuads(Catalog catalog) {
        return catalog.workspace().read(() -> {
            List<String> lines = new ArrayList<>();
            catalog.workspace().forEachQuad(q -> lines.add(NodeFmtLib.strNQ(q)));
            return lines.stream().sorted().toList();
        });
    }

    static List<CatalogRecord> read(String name) throws Exception {
        Path file = Path.of(CatalogBackupTest.class.getResource("/workflow/" + name).toURI());
        return RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()),
                new RecordSource(file.toUri().toString(), "test")).records();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
