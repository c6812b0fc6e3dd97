package fr.hdh.catalog.core.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Where a version of a producer's record stands: a draft is edited by its producer, submitted for review,
 * published by a curator (public from then on), superseded when a later version is published, or
 * withdrawn. Only a published version is ever public.
 */
public enum VersionState {
    DRAFT, SUBMITTED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** The state's term in the workspace ({@code hdh:Draft}, …). */
    public Node node() {
        String name = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        return WorkspaceTerms.term(name);
    }

    /** The state's name in lower case, as the API writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<VersionState> of(Node node) {
        return Arrays.stream(values()).filter(s -> s.node().equals(node)).findFirst();
    }
}
