package fr.hdh.catalog.harvest.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Files bundled on the class path, as {@link Path}s, whether the classes run from a folder or from the
 * runnable jar: then the path lives in the jar's zip file system, opened once and left open for the
 * life of the process, so readers can walk folders and open files as anywhere else.
 */
public final class ClasspathFiles {
    private ClasspathFiles() {}

    /** The bundled file {@code resource} (a class-path name such as {@code hdh/demo/omop/PROVENANCE.md}). */
    public static Path path(String resource) {
        URL url = ClasspathFiles.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing from the class path: " + resource);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openZip(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad resource URL " + url, e);
        }
    }

    private static synchronized void openZip(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // opened by an earlier call
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + uri, e);
        }
    }
}
