package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.vocab.eu.FileTypes;
import fr.hdh.catalog.vocab.eu.MediaTypes;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/**
 * {@code dct:format} given as text, in any case or language ({@code "CSV"}, {@code "csv"@de},
 * {@code "text/csv"}, {@code ".zip"}) → the EU file type with that code or that IANA media type. Text no
 * file type names ({@code "Kartenviewer"}) is left.
 */
final class FileTypeRepair extends ValueRepair {
    FileTypeRepair() {
        super("file-type", Set.of(DCTerms.format.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        return text(value).flatMap(t -> FileTypes.of(t).or(() -> MediaTypes.fileType(t)));
    }

    @Override
    String reason() {
        return "a format given as text, read as the EU file type";
    }
}
