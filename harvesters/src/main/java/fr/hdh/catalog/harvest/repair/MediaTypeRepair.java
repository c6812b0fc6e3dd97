package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.vocab.eu.EuAuthority;
import fr.hdh.catalog.vocab.eu.FileTypes;
import fr.hdh.catalog.vocab.eu.MediaTypes;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;

/**
 * {@code dcat:mediaType}, {@code dcat:compressFormat} and {@code dcat:packageFormat}, whose values are
 * IANA media types: given as text ({@code "text/csv"}, {@code "Text/CSV; charset=UTF-8"}) → the IANA IRI;
 * given as a file-type code ({@code "CSV"}) or as the EU file-type IRI → the IANA type the file-type
 * table gives for it.
 */
final class MediaTypeRepair extends ValueRepair {
    MediaTypeRepair() {
        super("media-type", Set.of(DCAT.mediaType.asNode(), DCAT.compressFormat.asNode(), DCAT.packageFormat.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        if (value.isURI() && value.getURI().startsWith(EuAuthority.FILE_TYPE)) {
            return MediaTypes.ofFileType(value);
        }
        if (value.isURI() && value.getURI().startsWith("https://www.iana.org/assignments/media-types/")) {
            return MediaTypes.iri(value.getURI());
        }
        return text(value).flatMap(t -> MediaTypes.iri(t).or(() -> FileTypes.of(t).flatMap(MediaTypes::ofFileType)));
    }

    @Override
    String reason() {
        return "a media type given as text or as a file type, read as the IANA media type";
    }
}
