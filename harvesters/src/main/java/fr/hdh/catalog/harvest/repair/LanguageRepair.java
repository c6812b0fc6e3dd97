package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.vocab.eu.Languages;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/** {@code dct:language} given as a code, a locale tag or a name ({@code "es"}, {@code "fr-FR"}, {@code "deu"}) → the EU language. */
final class LanguageRepair extends ValueRepair {
    LanguageRepair() {
        super("language", Set.of(DCTerms.language.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        return text(value).flatMap(Languages::of);
    }

    @Override
    String reason() {
        return "a language given as a code or a name, read as the EU language";
    }
}
