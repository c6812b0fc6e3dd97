package fr.hdh.catalog.core.validation;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One problem found in a record, in plain words, with where it lies in the graph.
 *
 * @param focusNode the resource at fault (an IRI, or a blank node label)
 * @param path the property concerned, as a prefixed name ({@code dct:title}), or empty for a node-level problem
 * @param message what is wrong, readable by a producer
 * @param severity violation, warning or info
 * @param site the statement concerned as nodes, for whoever amends the record (not part of equality)
 */
public record Finding(String focusNode, String path, String message, Severity severity, Site site) {

    /** SHACL's three severities; only violations make a record invalid. */
    public enum Severity { VIOLATION, WARNING, INFO }

    /**
     * Where a finding lies, as nodes.
     *
     * @param focus the resource at fault
     * @param predicate the property when the shape's path is a single property, else null
     * @param value the offending value when the constraint names one (a wrong datatype, class or kind), else null
     * @param constraint the SHACL constraint component's local name ({@code MinCountConstraintComponent}, …)
     */
    public record Site(Node focus, Node predicate, Node value, String constraint) {
        public Optional<Node> predicateNode() {
            return Optional.ofNullable(predicate);
        }

        public Optional<Node> valueNode() {
            return Optional.ofNullable(value);
        }

        /** True for a property given fewer times than its minimum (a mandatory property missing). */
        public boolean missing() {
            return constraint.startsWith("MinCount");
        }

        /** True for a property given more times than its maximum. */
        public boolean tooMany() {
            return constraint.startsWith("MaxCount");
        }
    }

    public Finding(String focusNode, String path, String message, Severity severity) {
        this(focusNode, path, message, severity, null);
    }

    /** Where it lies, when the validator said (findings made by hand have no site). */
    public Optional<Site> location() {
        return Optional.ofNullable(site);
    }

    /** One line: {@code <focus> dct:title: message}. */
    public String toLine() {
        String where = path.isEmpty() ? focusNode : focusNode + " " + path;
        return severity.name().toLowerCase() + ": " + where + ": " + message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.toLine().equals(toLine());
    }

    @Override
    public int hashCode() {
        return toLine().hashCode();
    }
}
