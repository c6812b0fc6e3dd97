package fr.hdh.catalog.vocab.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One concept scheme as a reader made it from a file: the scheme's IRI, the graph holding the scheme
 * and its concepts, and the version the file declares, if it declares one.
 *
 * @param iri the {@code skos:ConceptScheme}, stable across versions
 * @param graph the scheme and its concepts
 * @param declaredVersion the version the file gives (FHIR {@code CodeSystem.version}, {@code owl:versionInfo})
 * @param notes what the reader left out of the file and why (a link to a code the file does not define), for the user
 */
public record SchemeGraph(String iri, Graph graph, Optional<String> declaredVersion, List<String> notes) {
    public SchemeGraph {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(declaredVersion, "declaredVersion");
        notes = List.copyOf(notes);
    }

    /** A scheme read whole, with nothing left out. */
    public SchemeGraph(String iri, Graph graph, Optional<String> declaredVersion) {
        this(iri, graph, declaredVersion, List.of());
    }

    public Node node() {
        return NodeFactory.createURI(iri);
    }
}
