package fr.hdh.catalog.harvest.demo;

import fr.hdh.catalog.harvest.file.ClasspathFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo content bundled under {@code hdh/demo/}, as folders, whether the classes run from a folder
 * or from the runnable jar (then the folders live in the jar's zip file system, opened once).
 */
final class DemoResources {
    private static final String ROOT = "hdh/demo/";

    private DemoResources() {}

    /** The folder holding {@code knownFile} (a path under {@code hdh/demo/}). */
    static Path folderOf(String knownFile) {
        return ClasspathFiles.path(ROOT + knownFile).getParent();
    }

    /**
     * A fingerprint of the bundled files (their paths and sizes) and of the mapping's version: when
     * either changes, the demo content is loaded again; otherwise a start loads nothing.
     */
    static String fingerprint(Path root, int mappingVersion) {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> entries = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p) + "\t" + size(p))
                    .sorted()
                    .toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("mapping " + mappingVersion + "\n").getBytes());
            for (String e : entries) {
                sha.update((e + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
