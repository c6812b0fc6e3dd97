package fr.hdh.catalog.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The official JSON-LD contexts the catalogue ships ({@code hdh/context/official/}, see its PROVENANCE): a
 * partner's DCAT-AP document that names one by URL is read offline, the same way on every run, whether or
 * not the publisher's site answers. Both {@code http} and {@code https} forms of a URL are known.
 */
final class KnownContexts {
    private static final String FOLDER = "/hdh/context/official/";
    private static final Map<String, String> BY_URL = Map.of(
            "//semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld", "dcat-ap-3.0.0.jsonld",
            "//semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld", "dcat-ap-3.0.1.jsonld",
            "//semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld", "dcat-ap-examples.jsonld",
            "//semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.1/html/examples/context.jsonld", "dcat-ap-examples.jsonld");

    private KnownContexts() {}

    /** The bundled copy of the context at {@code url}, when the catalogue ships one. */
    static Optional<byte[]> of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String file = BY_URL.get(url.toString().substring(scheme.length() + 1));
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = KnownContexts.class.getResourceAsStream(FOLDER + file)) {
            return Optional.ofNullable(in == null ? null : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled context " + file, e);
        }
    }
}
