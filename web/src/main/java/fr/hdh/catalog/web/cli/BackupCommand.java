package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.store.StoreInUseException;
import fr.hdh.catalog.web.sys.RunningServer;
import fr.hdh.catalog.web.sys.WebModules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
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
 * transaction of each store. TDB2 lets one process open a store: while the server holds it, the backup is
 * asked of that server ({@code POST /api/admin/backup}, at the address it left in the store's folder, with
 * the admin token from {@code HDH_ADMIN_TOKEN}). The file is written beside its final name and renamed when
 * whole, readable by its owner only (it holds drafts and the token key); an existing file is never
 * overwritten.
 */
@Command(name = "backup", description = "Write the whole catalogue (records, versions, audit log, users) "
        + "to one gzip-compressed N-Quads file; through the running server when it holds the store.")
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
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Created readable by its owner only, and named FILE only once whole.
        Path partial = Files.createTempFile(folder, file.getFileName() + ".", ".partial");
        PrintWriter out = spec.commandLine().getOut();
        try {
            try (OutputStream sink = Files.newOutputStream(partial)) {
                out.println(write(sink));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        out.printf("%s: %,d bytes%n", file, Files.size(file));
        out.flush();
        return 0;
    }

    /** Writes the backup to {@code sink}, from the store itself or from the server that holds it; says which. */
    private String write(OutputStream sink) throws IOException {
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            CatalogBackup.Summary summary = new CatalogBackup(catalog).writeTo(sink);
            return String.format("backed up %,d public graphs (%,d quads) and %,d workspace graphs (%,d quads)",
                    summary.publicGraphs(), summary.publicQuads(), summary.workspaceGraphs(), summary.workspaceQuads());
        } catch (StoreInUseException inUse) {
            URI server = RunningServer.url(store.dataDir).orElseThrow(() -> inUse);
            String token = Optional.ofNullable(System.getenv(WebModules.ADMIN_TOKEN_VARIABLE)).filter(t -> !t.isBlank())
                    .orElseThrow(() -> new CatalogException("The server at " + server + " holds the store: set "
                            + WebModules.ADMIN_TOKEN_VARIABLE + " to its admin token to back it up through it"));
            fromServer(server, token, sink);
            return "backed up through the running server at " + server;
        }
    }

    private static void fromServer(URI server, String token, OutputStream sink) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("api/admin/backup"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = answer.body()) {
                if (answer.statusCode() != 200) {
                    throw new CatalogException("The server at " + server + " refused the backup: HTTP " + answer.statusCode()
                            + " " + new String(body.readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8));
                }
                body.transferTo(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while the server at " + server + " wrote the backup", e);
        }
    }
}
