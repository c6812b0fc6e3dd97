package fr.hdh.catalog.web.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a source's location shows in the API's JSON: an http(s) URL as it is, a local file or folder by
 * its name only. The folders of the server are nobody's business, and {@code GET /api/harvest/runs} is
 * public: the texts of a run (rejected items, reasons, notes) that name files of the source lose the
 * folder that holds the source, so {@code /srv/hdh/in/portal/a.ttl} reads {@code portal/a.ttl}.
 */
final class PublicLocation {
    private PublicLocation() {}

    /** {@code location} as shown: a path ({@code /srv/in/catalog.ttl}) or file URI by its last name. */
    static String shown(String location) {
        if (remote(location)) {
            return location;
        }
        return local(location).map(Path::getFileName).map(Path::toString).orElse("(local source)");
    }

    /** {@code text} with every mention of the folder holding {@code location} taken out. */
    static String hidden(String text, String location) {
        if (text == null) {
            return null;
        }
        Optional<Path> parent = local(location).map(Path::getParent);
        if (parent.isEmpty()) {
            return text;
        }
        String shown = text;
        for (String prefix : prefixes(parent.get())) {
            shown = shown.replace(prefix, "");
        }
        return shown;
    }

    /** The folder as a path and as the file URIs that name it ({@code file:///x/}, {@code file:/x/}). */
    private static List<String> prefixes(Path folder) {
        String path = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
        String uri = folder.toUri().toString();
        String withSlash = uri.endsWith("/") ? uri : uri + "/";
        List<String> prefixes = new ArrayList<>(List.of(withSlash, withSlash.replaceFirst("^file:///", "file:/")));
        if (!"/".equals(path)) {
            prefixes.add(path);
        }
        return prefixes;
    }

    private static boolean remote(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The local path {@code location} names, or empty for an http(s) URL (or no path at all). */
    private static Optional<Path> local(String location) {
        if (remote(location)) {
            return Optional.empty();
        }
        try {
            Path path = location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
            return Optional.of(path.toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a path (InvalidPathException is one of these), or a URI of another file system
            return Optional.empty();
        }
    }
}
