package fr.hdh.catalog.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The versions of one record as the workspace keeps them: a history graph with one node per version
 * (number, state, author, time, message, content hash, the graph of its content), read and written here.
 */
final class VersionHistory {
    private VersionHistory() {}

    /** The versions listed in {@code history}, oldest first. */
    static List<RecordVersion> versions(String recordIri, Graph history) {
        List<RecordVersion> versions = new ArrayList<>();
        history.find(Node.ANY, RDF.type.asNode(), WorkspaceTerms.VERSION).forEachRemaining(t -> {
            Node v = t.getSubject();
            versions.add(new RecordVersion(recordIri,
                    Integer.parseInt(Workspace.literal(history, v, WorkspaceTerms.VERSION_NUMBER).orElseThrow()),
                    history.find(v, WorkspaceTerms.VERSION_STATE, Node.ANY).nextOptional()
                            .flatMap(s -> VersionState.of(s.getObject())).orElseThrow(),
                    Workspace.literal(history, v, WorkspaceTerms.AUTHOR).orElse(""),
                    Instant.parse(Workspace.literal(history, v, WorkspaceTerms.AT).orElseThrow()),
                    Workspace.literal(history, v, WorkspaceTerms.MESSAGE),
                    Workspace.literal(history, v, fr.hdh.catalog.ontologies.HDH.contentHash.asNode()).orElse("")));
        });
        versions.sort(Comparator.comparingInt(RecordVersion::number));
        return versions;
    }

    /** Adds {@code version} to {@code history}. */
    static void add(Graph history, RecordVersion version) {
        Node v = WorkspaceTerms.version(version.recordIri(), version.number());
        history.add(v, RDF.type.asNode(), WorkspaceTerms.VERSION);
        history.add(v, WorkspaceTerms.VERSION_OF, NodeFactory.createURI(version.recordIri()));
        history.add(v, WorkspaceTerms.VERSION_NUMBER, integer(version.number()));
        history.add(v, WorkspaceTerms.VERSION_STATE, version.state().node());
        history.add(v, WorkspaceTerms.AUTHOR, NodeFactory.createLiteralString(version.author()));
        history.add(v, WorkspaceTerms.AT, NodeFactory.createLiteralDT(version.at().toString(), XSDDatatype.XSDdateTime));
        version.message().ifPresent(m -> history.add(v, WorkspaceTerms.MESSAGE, NodeFactory.createLiteralString(m)));
        history.add(v, fr.hdh.catalog.ontologies.HDH.contentHash.asNode(), NodeFactory.createLiteralString(version.contentHash()));
        history.add(v, WorkspaceTerms.CONTENT_GRAPH,
                NodeFactory.createURI(WorkspaceTerms.content(version.recordIri(), version.number())));
    }

    /** Sets the state of version {@code number} in {@code history}. */
    static void setState(Graph history, String recordIri, int number, VersionState state) {
        Node v = WorkspaceTerms.version(recordIri, number);
        history.find(v, WorkspaceTerms.VERSION_STATE, Node.ANY).toList().forEach(history::delete);
        history.add(v, WorkspaceTerms.VERSION_STATE, state.node());
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
