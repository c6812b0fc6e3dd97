package fr.hdh.catalog.harvest.repair;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** {@code vcard:hasEmail} given as text ({@code "info@example.org"}) → the {@code mailto:} IRI. */
final class EmailRepair extends ValueRepair {
    static final Node HAS_EMAIL = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(mailto:)?[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

    EmailRepair() {
        super("email", Set.of(HAS_EMAIL));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        return text(value).filter(t -> ADDRESS.matcher(t).matches())
                .map(t -> NodeFactory.createURI(t.regionMatches(true, 0, "mailto:", 0, 7) ? "mailto:" + t.substring(7) : "mailto:" + t));
    }

    @Override
    String reason() {
        return "an e-mail address given as text, as its mailto: IRI";
    }
}
