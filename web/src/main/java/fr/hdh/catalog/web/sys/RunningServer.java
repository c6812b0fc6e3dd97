package fr.hdh.catalog.web.sys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server that holds a store answers: {@code hdh serve} writes its address to
 * {@code DIR/server.url} when it listens and removes it when it stops, so a command that cannot open the
 * store (TDB2 allows one process) can ask that server instead ({@code hdh backup} does). A file left by a
 * killed server is harmless: the store is then free and the command opens it itself.
 */
public final class RunningServer {
    static final String FILE = "server.url";

    private RunningServer() {}

    /** Records that the server holding {@code dataDir} answers at {@code url}. */
    public static void announce(Path dataDir, URI url) {
        try {
            Files.writeString(dataDir.resolve(FILE), url.toString() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(FILE), e);
        }
    }

    /** Forgets the address (the server stops). */
    public static void withdraw(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            // A stale file is harmless: see the class comment.
        }
    }

    /** The address of the server holding {@code dataDir}, if one announced itself. */
    public static Optional<URI> url(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(URI.create(Files.readString(file, StandardCharsets.UTF_8).trim()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
