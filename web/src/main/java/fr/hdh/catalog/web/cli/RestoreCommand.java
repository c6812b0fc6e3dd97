package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.backup.BackupSnapshot;
import fr.hdh.catalog.core.backup.CatalogBackup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdh restore FILE --data EMPTY_DIR}: a backup of {@code hdh backup} back into a new catalogue. The
 * folder must be empty or missing (a restore never merges); the whole file is read and checked before
 * anything is created; the catalogue mints under the base IRI the backup names unless {@code --base-iri}
 * says otherwise; the search index is rebuilt from the restored store.
 */
@Command(name = "restore", description = "Restore a backup of hdh backup into an empty (or new) folder.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup written by hdh backup.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireEmpty(store.dataDir);
        BackupSnapshot snapshot;
        try (InputStream in = Files.newInputStream(file)) {
            snapshot = BackupSnapshot.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CatalogException("No file " + file, e);
        }
        String baseIri = snapshot.manifest().baseIri();
        PrintWriter err = spec.commandLine().getErr();
        if (store.baseIri != null && !store.baseIri.equals(baseIri)) {
            err.println("hdh: warning: the backup's records were minted under " + baseIri
                    + "; records minted from now on use " + store.baseIri);
        }
        CatalogBackup.Restored restored;
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED, baseIri)) {
            restored = new CatalogBackup(catalog).restore(snapshot, new ConsoleProgress(err));
        } catch (RuntimeException e) {
            err.println("hdh: " + store.dataDir + " may be left partly restored: empty it before trying again");
            throw e;
        }
        CatalogBackup.Summary written = restored.written();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("restored %,d public graphs (%,d quads) and %,d workspace graphs (%,d quads) into %s; "
                        + "search index: %,d items%n", written.publicGraphs(), written.publicQuads(), written.workspaceGraphs(),
                written.workspaceQuads(), store.dataDir, restored.search().documents());
        out.flush();
        return 0;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(dir + " is a file: a backup is restored into an empty or new folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new CatalogException(dir + " is not empty: a backup is restored only into an empty or new "
                        + "folder, never over a catalogue");
            }
        }
    }
}
