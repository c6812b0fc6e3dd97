package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.ontologies.Namespaces;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One change the catalogue made to a record on its way in, so that a curator sees it and the record as
 * published can be rebuilt: a <em>repair</em> replaces a statement by the one right reading of it (text
 * {@code "text/csv"} → the EU file type), a <em>drop</em> removes a value that breaks a rule of an
 * optional property. Either side may be absent (a repair that only adds a type, a drop that adds nothing).
 *
 * @param type repair or drop
 * @param kind what was done, for counting: the repair's name ({@code media-type}) or the broken rule
 *             ({@code dct:format sh:nodeKind})
 * @param recordIri the record amended
 * @param before the statement as published, or null
 * @param after the statement stored instead, or null
 * @param reason why, in plain words
 */
public record Amendment(Type type, String kind, String recordIri, Triple before, Triple after, String reason) {

    public enum Type { REPAIR, DROP }

    public Amendment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordIri, "recordIri");
        if (before == null && after == null) {
            throw new IllegalArgumentException("an amendment changes at least one statement");
        }
    }

    public static Amendment repair(String kind, String recordIri, Triple before, Triple after, String reason) {
        return new Amendment(Type.REPAIR, kind, recordIri, before, after, reason);
    }

    public static Amendment drop(String rule, String recordIri, Triple removed, String reason) {
        return new Amendment(Type.DROP, rule, recordIri, removed, null, reason);
    }

    public Optional<Triple> removed() {
        return Optional.ofNullable(before);
    }

    public Optional<Triple> added() {
        return Optional.ofNullable(after);
    }

    /** The property concerned, as a prefixed name. */
    public String property() {
        Triple t = before != null ? before : after;
        return Namespaces.shortForm(t.getPredicate().getURI());
    }

    /** One line: {@code repair media-type: dct:format "text/csv"@de → <…/file-type/CSV>}. */
    public String toLine() {
        String change = text(before) + " → " + text(after);
        return type.name().toLowerCase() + " " + kind + ": " + property() + " " + change
                + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")");
    }

    private static String text(Triple t) {
        if (t == null) {
            return "(nothing)";
        }
        Node o = t.getObject();
        return o.isURI() ? "<" + o.getURI() + ">" : o.isBlank() ? "[…]" : o.toString();
    }
}
