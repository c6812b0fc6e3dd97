package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.backup.CatalogBackup;
import fr.hdh.catalog.web.sys.StoreSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdh backup --data DIR FILE}: the whole catalogue — public store, versions and drafts, audit log,
 * users and token key — in one gzip-compressed N-Quads file ({@link CatalogBackup}), taken in one read
 * transaction of each store. TDB2 lets one process open a store, so this runs while the server is
 * stopped. The file is written beside its final name and renamed when whole, readable by its owner
 * only (it holds drafts and the token key); an existing file is never overwritten.
 */
@Command(name = "backup", description = "Write the whole catalogue (records, versions, audit log, users) "
        + "to one gzip-compressed N-Quads file, while the server is stopped.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to write (say catalogue.nq.gz); must not exist.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(store.dataDir) || StoreSettings.baseIri(store.dataDir).isEmpty()) {
            throw new CatalogException("No catalogue in " + store.dataDir + ": nothing to back up");
        }
        if (Files.exists(file)) {
            throw new CatalogException(file + " exists: a backup never overwrites a file; remove it or name another");
        }
        CatalogBackup.Summary summary;
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // Created readable by its owner only, and named FILE only once whole.
            Path partial = Files.createTempFile(folder, file.getFileName() + ".", ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    summary = new CatalogBackup(catalog).writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("backed up %,d public graphs (%,d quads) and %,d workspace graphs (%,d quads) to %s (%,d bytes)%n",
                summary.publicGraphs(), summary.publicQuads(), summary.workspaceGraphs(), summary.workspaceQuads(),
                file, Files.size(file));
        out.flush();
        return 0;
    }
}
