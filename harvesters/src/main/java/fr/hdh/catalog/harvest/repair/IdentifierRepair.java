package fr.hdh.catalog.harvest.repair;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/** {@code dct:identifier}, a literal in DCAT-AP, given as an IRI → the IRI's text. */
final class IdentifierRepair extends ValueRepair {
    IdentifierRepair() {
        super("identifier", Set.of(DCTerms.identifier.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        return value.isURI() ? Optional.of(NodeFactory.createLiteralString(value.getURI())) : Optional.empty();
    }

    @Override
    String reason() {
        return "an identifier given as an IRI, kept as its text";
    }
}
