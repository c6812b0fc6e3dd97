package fr.hdh.catalog.core.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Finds the description of a resource that a record points to but does not describe itself (its
 * publisher, a theme concept, a code list), so range shapes such as {@code sh:class foaf:Agent} can be
 * checked. Implemented by the background vocabularies and by the store.
 */
@FunctionalInterface
public interface ReferenceLookup {

    /** Adds what is known about {@code resource} (its own triples, and those of its blank nodes) to {@code sink}. */
    void describeInto(Node resource, Graph sink);

    /** Knows nothing: a record is validated on its own. */
    ReferenceLookup NONE = (resource, sink) -> {};

    /** Asks this lookup, then {@code other}. */
    default ReferenceLookup and(ReferenceLookup other) {
        return (resource, sink) -> {
            describeInto(resource, sink);
            other.describeInto(resource, sink);
        };
    }
}
