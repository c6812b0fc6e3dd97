package fr.hdh.catalog.harvest.ckan;

import fr.hdh.catalog.vocab.eu.FileTypes;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * CKAN's free-text resource formats ({@code "CSV"}, {@code "csv"}, {@code "Zip"}) as concepts of the EU
 * file-type table ({@link FileTypes}), which DCAT-AP 3 expects for {@code dct:format}; a format the table
 * does not hold is left out rather than guessed. Media types become IANA IRIs, as ckanext-dcat writes them.
 */
final class CkanFormats {
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private CkanFormats() {}

    static Optional<Node> fileType(String format) {
        return FileTypes.of(format);
    }

    static Optional<Node> mediaType(String mimetype) {
        String m = mimetype.trim().toLowerCase(Locale.ROOT);
        return m.matches("[a-z]+/[a-z0-9.+-]+") ? Optional.of(NodeFactory.createURI(IANA + m)) : Optional.empty();
    }
}
