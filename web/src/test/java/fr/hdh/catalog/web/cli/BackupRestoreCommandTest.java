package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RdfFiles;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.core.record.AuditEntry;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.record.WorkspaceTerms;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.web.sys.CatalogOpener;
import fr.hdh.catalog.web.sys.StoreSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdh backup} and {@code hdh restore} as an administrator runs them: a catalogue with records, a
 * dataset published in two versions, users and their audit trail, backed up and restored into an empty
 * folder, comes back the same — public quads, history, users, audit, base IRI — with tokens that still
 * authenticate and a search index that finds its records. What a restore must not do (merge into a
 * catalogue, read a damaged file) and what a backup must not do (overwrite, create a store, run beside
 * the server) each exits 1 with a plain message.
 */
class BackupRestoreCommandTest {
    static final String BASE = "http://test.example/";
    static final String DATASET = BASE + "dataset/hospital-stays";
    static final String ATIH = BASE + "producer/atih";

    @TempDir
    Path dir;

    /** What a catalogue holds that a restore must give back. */
    record Contents(List<String> publicQuads, List<RecordVersion> history, List<User> users, List<AuditEntry> audit,
                    long searchDocuments, boolean datasetFound) {}

    @Test
    void aRestoredCatalogueHoldsWhatWasBackedUpAndItsTokensStillAuthenticate() throws Exception {
        Path source = dir.resolve("source");
        CliRuns.Run added = CliRuns.run("user", "add", "atih-editor", "--role", "producer", "--organisation", ATIH,
                "--data", source.toString(), "--base-iri", BASE);
        assertEquals(0, added.exit(), added.err());
        String cliToken = added.out().strip();
        String apiToken;
        Contents before;
        try (Catalog catalog = open(source)) {
            apiToken = populate(catalog);
            before = contents(catalog);
        }
        assertEquals(2, before.history().size());
        assertEquals(7, before.audit().size(), "two user-adds, create, submit, publish, update, publish");
        assertTrue(before.datasetFound());

        Path file = dir.resolve("backups/catalogue.nq.gz");
        CliRuns.Run backup = CliRuns.run("backup", "--data", source.toString(), file.toString());
        assertEquals(0, backup.exit(), backup.err());
        // two producers, the published dataset, and the quality graph of what producers publish
        assertTrue(backup.out().startsWith("backed up 4 public graphs"), backup.out());
        Path restored = dir.resolve("restored");
        CliRuns.Run restore = CliRuns.run("restore", file.toString(), "--data", restored.toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().startsWith("restored 4 public graphs"), restore.out());

        try (Catalog catalog = open(restored)) {
            Contents after = contents(catalog);
            assertEquals(before.publicQuads(), after.publicQuads(), "the same public quads");
            assertEquals(before, after, "the same history, users, audit and search");
            assertEquals("atih-editor", catalog.accounts().authenticate(cliToken).orElseThrow().name());
            assertEquals("curator", catalog.accounts().authenticate(apiToken).orElseThrow().name());
        }
        assertEquals(Optional.of(BASE), StoreSettings.baseIri(restored), "the base IRI comes with the backup");

        Path again = dir.resolve("again.nq.gz");
        assertEquals(0, CliRuns.run("backup", "--data", restored.toString(), again.toString()).exit());
        assertEquals(withoutTime(file), withoutTime(again),
                "a backup of the restored catalogue is the same, workspace included");
    }

    @Test
    void aRestoreIntoAFolderThatHoldsAnythingIsRefused() throws Exception {
        Path source = dir.resolve("source");
        assertEquals(0, CliRuns.run("user", "add", "alice", "--role", "admin", "--data", source.toString()).exit());
        Path file = dir.resolve("b.nq.gz");
        assertEquals(0, CliRuns.run("backup", "--data", source.toString(), file.toString()).exit());

        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        CliRuns.Run run = CliRuns.run("restore", file.toString(), "--data", occupied.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(occupied + " is not empty"), run.err());
        try (var entries = Files.list(occupied)) {
            assertEquals(List.of(occupied.resolve("notes.txt")), entries.toList(), "nothing written beside it");
        }

        CliRuns.Run overStore = CliRuns.run("restore", file.toString(), "--data", source.toString());
        assertEquals(1, overStore.exit());
        assertTrue(overStore.err().contains("is not empty"), overStore.err());
    }

    @Test
    void aDamagedBackupIsRefusedNamingTheFileBeforeAnythingIsCreated() throws Exception {
        Path source = dir.resolve("source");
        assertEquals(0, CliRuns.run("user", "add", "alice", "--role", "admin", "--data", source.toString()).exit());
        Path file = dir.resolve("b.nq.gz");
        assertEquals(0, CliRuns.run("backup", "--data", source.toString(), file.toString()).exit());
        byte[] whole = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.nq.gz"), java.util.Arrays.copyOf(whole, whole.length - 20));

        Path target = dir.resolve("target");
        CliRuns.Run run = CliRuns.run("restore", cut.toString(), "--data", target.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(cut.toString()), run.err());
        assertFalse(Files.exists(target), "no folder is created for a backup that cannot be read");

        CliRuns.Run missing = CliRuns.run("restore", dir.resolve("none.nq.gz").toString(), "--data", target.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("No file"), missing.err());
    }

    @Test
    void aBackupIsPrivateNeverOverwritesNorCreatesAStoreAndLeavesNothingWhenItFails() throws Exception {
        Path source = dir.resolve("source");
        assertEquals(0, CliRuns.run("user", "add", "alice", "--role", "admin", "--data", source.toString()).exit());
        Path file = dir.resolve("b.nq.gz");
        assertEquals(0, CliRuns.run("backup", "--data", source.toString(), file.toString()).exit());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file), "it holds drafts and the token key");
        }
        byte[] first = Files.readAllBytes(file);

        CliRuns.Run again = CliRuns.run("backup", "--data", source.toString(), file.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("exists"), again.err());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(file)), "the file is left as it was");

        Path clashing = dir.resolve("clashing");
        try (Catalog catalog = open(clashing)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI(BASE + "x"), NodeFactory.createURI(BASE + "p"), NodeFactory.createLiteralString("v"));
            DatasetGraph snapshot = DatasetGraphFactory.create();
            snapshot.addGraph(NodeFactory.createURI(WorkspaceTerms.SECRETS), g);
            catalog.records().restore(snapshot, Progress.NONE);
        }
        Path failed = dir.resolve("failed.nq.gz");
        CliRuns.Run clash = CliRuns.run("backup", "--data", clashing.toString(), failed.toString());
        assertEquals(1, clash.exit(), clash.err());
        assertTrue(clash.err().contains("could not tell them apart"), clash.err());
        assertFalse(Files.exists(failed), "a backup that failed half way leaves no file");

        Path none = dir.resolve("none");
        CliRuns.Run missing = CliRuns.run("backup", "--data", none.toString(), dir.resolve("n.nq.gz").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("No catalogue in " + none), missing.err());
        assertFalse(Files.exists(none), "a backup creates no store");
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(), entries.filter(p -> p.toString().endsWith(".partial")).toList(), "no partial file left");
        }
    }

    @Test
    void aBackupWhileAnotherProcessHoldsTheStoreExitsOneSayingSo() throws Exception {
        Path source = dir.resolve("source");
        assertEquals(0, CliRuns.run("user", "add", "alice", "--role", "admin", "--data", source.toString()).exit());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(), source.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("open")) {
                // Jena's start-up chatter, if any.
            }
            assertEquals("open", line, "the other process opened the store");
            CliRuns.Run run = CliRuns.run("backup", "--data", source.toString(), dir.resolve("b.nq.gz").toString());
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("open in another process"), run.err());
            assertFalse(Files.exists(dir.resolve("b.nq.gz")));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    /** A producer's organisations, a dataset published in two versions, a curator; returns the curator's token. */
    private static String populate(Catalog catalog) throws Exception {
        catalog.records().putAll(read("producers.ttl"), Progress.NONE);
        User producer = catalog.accounts().find("atih-editor").orElseThrow();
        User curator = new User("curator", Role.CURATOR, Set.of());
        String token = catalog.accounts().add(curator, "admin").token();
        CatalogRecord dataset = read("dataset.ttl").get(0);
        catalog.workflow().create(dataset, producer, Optional.of("first"));
        catalog.workflow().submit(DATASET, producer);
        catalog.workflow().publish(DATASET, curator);
        dataset.content().add(NodeFactory.createURI(DATASET), DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Hospital stays, by region", "en"));
        catalog.workflow().update(DATASET, dataset, 1, producer, Optional.of("second"));
        catalog.workflow().publish(DATASET, curator);
        return token;
    }

    private static Contents contents(Catalog catalog) throws IOException {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        new StoreExport(catalog.store()).writeTo(nquads, StoreExport.Format.NQUADS);
        List<String> sorted = nquads.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        boolean found = catalog.search().search(SearchQuery.text("séjours hospitaliers")).hits().stream()
                .anyMatch(h -> h.iri().equals(DATASET));
        return new Contents(sorted, catalog.workflow().history(DATASET), catalog.accounts().list(),
                catalog.workspace().audit(0, 1000), catalog.search().documentCount(), found);
    }

    /** The backup's lines, sorted, without the manifest's time of backup. */
    private static List<String> withoutTime(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.contains("<" + DCTerms.created.getURI() + ">")).sorted().toList();
        }
    }

    private static Catalog open(Path data) {
        // Deferred: the index must be what the restore left, not what a check at open would repair.
        return CatalogOpener.open(data, Optional.of(BASE), 8080, Catalog.SearchCheck.DEFERRED);
    }

    private static List<CatalogRecord> read(String name) {
        return fr.hdh.catalog.core.record.WorkflowFixtures.read(name);
    }
}
