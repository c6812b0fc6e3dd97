package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A repair that reads each value of some properties and puts the one right reading in its place. */
abstract class ValueRepair implements Repair {
    private final String kind;
    private final Set<Node> properties;

    ValueRepair(String kind, Set<Node> properties) {
        this.kind = kind;
        this.properties = properties;
    }

    @Override
    public final String kind() {
        return kind;
    }

    /** The value to store instead of {@code value} of {@code property}, or empty to leave it. */
    abstract Optional<Node> repaired(Node property, Node value);

    /** Why, in a few words (shown beside each repair). */
    abstract String reason();

    @Override
    public final void apply(String recordIri, Graph content, List<Amendment> log) {
        for (Node property : properties) {
            for (Triple t : content.find(Node.ANY, property, Node.ANY).toList()) {
                repaired(property, t.getObject()).filter(r -> !r.equals(t.getObject())).ifPresent(r -> {
                    Triple fixed = Triple.create(t.getSubject(), property, r);
                    content.delete(t);
                    content.add(fixed);
                    log.add(Amendment.repair(kind, recordIri, t, fixed, reason()));
                });
            }
        }
    }

    /** The text of a literal given as a plain string, a language-tagged string or an {@code xsd:anyURI}. */
    static Optional<String> text(Node value) {
        if (!value.isLiteral()) {
            return Optional.empty();
        }
        String type = value.getLiteralDatatypeURI();
        boolean textual = type == null || type.endsWith("#string") || type.endsWith("#langString")
                || type.endsWith("#anyURI") || type.endsWith("#normalizedString") || type.endsWith("#token");
        return textual ? Optional.of(value.getLiteralLexicalForm().trim()) : Optional.empty();
    }
}
