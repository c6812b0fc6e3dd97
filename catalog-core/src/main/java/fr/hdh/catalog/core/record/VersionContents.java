package fr.hdh.catalog.core.record;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Where the contents of a record's versions are kept in the workspace, compactly: the latest version
 * whole, each earlier one as the change that leads back to it from the next — the statements the next
 * version added and those it removed ({@link WorkspaceTerms#added}, {@link WorkspaceTerms#removed}). A
 * title changed in a record of 9,000 statements keeps two statements, not 9,000 more. A version is
 * rebuilt by undoing the changes from the latest down to it. Versions written whole before (an older
 * store) are read as they are.
 *
 * <pre>
 * contents.add(iri, 3, record.content());      // inside the workspace's write transaction
 * Graph second = contents.read(iri, 2, 3);      // inside a read (or write) transaction
 * </pre>
 */
final class VersionContents {
    private final Workspace workspace;

    VersionContents(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Keeps {@code content} as version {@code number}, the latest; version {@code number - 1}, kept whole
     * until now, becomes the change leading back to it. Call inside the workspace's write transaction.
     */
    void add(String iri, int number, Graph content) {
        Graph latest = copy(content);
        if (number > 1) {
            workspace.graph(WorkspaceTerms.content(iri, number - 1)).ifPresent(previous -> {
                workspace.replace(WorkspaceTerms.added(iri, number - 1), minus(latest, previous));
                workspace.replace(WorkspaceTerms.removed(iri, number - 1), minus(previous, latest));
                workspace.delete(WorkspaceTerms.content(iri, number - 1));
            });
        }
        workspace.replace(WorkspaceTerms.content(iri, number), latest);
    }

    /**
     * The content of version {@code number} of {@code iri}, whose latest version is {@code latest}; empty when
     * the record has no such version. Call inside a transaction of the workspace.
     */
    Optional<Graph> read(String iri, int number, int latest) {
        if (number < 1 || number > latest) {
            return Optional.empty();
        }
        Optional<Graph> whole = workspace.graph(WorkspaceTerms.content(iri, number));
        if (whole.isPresent()) {
            return whole;
        }
        // the nearest later version kept whole (the latest, or one written whole by an older store)
        int from = number + 1;
        Optional<Graph> start = Optional.empty();
        for (; from <= latest && start.isEmpty(); from++) {
            start = workspace.graph(WorkspaceTerms.content(iri, from));
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Graph g = start.get();
        for (int v = from - 2; v >= number; v--) {
            undo(g, iri, v);
        }
        return Optional.of(g);
    }

    /** Turns version {@code v + 1}'s content in {@code g} into version {@code v}'s. */
    private void undo(Graph g, String iri, int v) {
        workspace.graph(WorkspaceTerms.added(iri, v)).ifPresent(added -> added.find().forEachRemaining(g::delete));
        workspace.graph(WorkspaceTerms.removed(iri, v)).ifPresent(removed -> removed.find().forEachRemaining(g::add));
    }

    /** The statements of {@code a} that {@code b} lacks (blank nodes compared as stored). */
    private static Graph minus(Graph a, Graph b) {
        Graph out = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> {
            if (!contains(b, t)) {
                out.add(t);
            }
        });
        return out;
    }

    private static boolean contains(Graph g, Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        return g.contains(s, p, o);
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
