package fr.hdh.catalog.harvest.demo;

import fr.hdh.catalog.harvest.file.ClasspathFiles;
import java.io.IOException;
import java.io.InputStream;
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

    /** The manifest of the bundled files: path, size and SHA-256 of each, one a line. */
    static final String MANIFEST = "MANIFEST.tsv";

    /**
     * A fingerprint of the bundled content (the hash of its manifest) and of the mapping's version:
     * when either changes, the demo content is loaded again; otherwise a start loads nothing. The
     * manifest is read as one class-path resource, without opening the runnable jar as a file system
     * (listing its entries cost a restart a third of a second); {@code DemoManifestTest} keeps the
     * manifest true to the files.
     */
    static String bundledFingerprint(int mappingVersion) {
        try (InputStream in = DemoResources.class.getClassLoader().getResourceAsStream(ROOT + MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the class path: " + ROOT + MANIFEST);
            }
            return fingerprint(in.readAllBytes(), mappingVersion);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo manifest " + ROOT + MANIFEST, e);
        }
    }

    private static String fingerprint(byte[] manifest, int mappingVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("mapping " + mappingVersion + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(manifest);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The manifest a folder's files would have: sorted lines of path, size and SHA-256. */
    static List<String> manifestOf(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().equals(MANIFEST))
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + "\t" + size(p) + "\t" + sha256(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
