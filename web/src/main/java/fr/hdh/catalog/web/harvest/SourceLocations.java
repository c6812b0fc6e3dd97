package fr.hdh.catalog.web.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a source added through the admin API may read: an http(s) URL (the fetcher then keeps it off
 * private addresses), or a file or folder under the one harvest files folder of the settings — never
 * elsewhere on the server's disk, which a leaked token would otherwise open for reading into the public
 * graph. A path is resolved against that folder and followed through its links before it is judged.
 */
final class SourceLocations {
    private final Optional<Path> filesDir;

    SourceLocations(Optional<Path> filesDir) {
        this.filesDir = filesDir;
    }

    /**
     * The location to store: the URL with its scheme in lower case, or the real absolute path.
     *
     * @throws IllegalArgumentException naming the problem, when {@code location} may not be read
     */
    String checked(String location) {
        String scheme = scheme(location).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (scheme.equals("http") || scheme.equals("https")) {
            return url(location, scheme);
        }
        if (!scheme.isEmpty()) {
            throw new IllegalArgumentException("A source's location must be an http(s) URL or a file of the harvest files "
                    + "folder; '" + scheme + ":' locations are not read");
        }
        Path folder = filesDir.orElseThrow(() -> new IllegalArgumentException("A source added through the API must be an "
                + "http(s) URL: this server has no harvest files folder, so no local file may be named"));
        return file(location, folder);
    }

    private static String url(String location, String scheme) {
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("The source URL names no host: " + location);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The source URL is malformed: " + e.getMessage(), e);
        }
        // Harvesters tell a URL from a path by its lower-case scheme.
        return scheme + location.substring(scheme.length());
    }

    private static String file(String location, Path folder) {
        Path real;
        Path root;
        try {
            root = folder.toRealPath();
            real = folder.resolve(location).normalize().toRealPath();
        } catch (InvalidPathException | IOException e) {
            throw new IllegalArgumentException("No file or folder '" + location + "' in the harvest files folder", e);
        }
        if (!real.startsWith(root)) {
            throw new IllegalArgumentException("The source location '" + location + "' is outside the harvest files folder");
        }
        return real.toString();
    }

    /** The scheme of a URI-like location ({@code http}, {@code file}), if it starts with one. */
    private static Optional<String> scheme(String location) {
        int colon = location.indexOf(':');
        if (colon < 1 || !location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return Optional.empty();
        }
        return Optional.of(location.substring(0, colon));
    }
}
