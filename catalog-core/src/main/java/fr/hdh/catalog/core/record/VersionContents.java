package fr.hdh.catalog.core.record;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Where the contents of a record's versions are kept in the workspace, compactly: version 1 (and every
 * {@value #WHOLE_EVERY}th) whole, each other version as its change from the one before — the statements it
 * added and those it removed ({@link WorkspaceTerms#added}, {@link WorkspaceTerms#removed}). A title changed in
 * a record of 9,000 statements writes two statements, not 9,000 more (TDB2 never rewrites what a transaction
 * does not touch, so a version costs what it changes). A version is rebuilt from the nearest whole one before
 * it, its changes replayed in order. Versions written whole by an older store are read as they are.
 *
 * <pre>
 * contents.add(iri, 3, record.content());      // inside the workspace's write transaction
 * Graph second = contents.read(iri, 2, 3);      // inside a read (or write) transaction
 * </pre>
 */
final class VersionContents {
    /** Every so many versions one is kept whole, so rebuilding a version replays at most that many changes. */
    static final int WHOLE_EVERY = 25;

    private final Workspace workspace;

    VersionContents(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Keeps {@code content} as version {@code number}; call inside the workspace's write transaction. */
    void add(String iri, int number, Graph content) {
        Optional<Graph> previous = number == 1 || number % WHOLE_EVERY == 0 ? Optional.empty() : read(iri, number - 1, number - 1);
        if (previous.isEmpty()) {
            workspace.replace(WorkspaceTerms.content(iri, number), copy(content));
            return;
        }
        workspace.replace(WorkspaceTerms.added(iri, number), minus(content, previous.get()));
        workspace.replace(WorkspaceTerms.removed(iri, number), minus(previous.get(), content));
    }

    /**
     * The content of version {@code number} of {@code iri}, whose latest version is {@code latest}; empty when
     * the record has no such version. Call inside a transaction of the workspace.
     */
    Optional<Graph> read(String iri, int number, int latest) {
        if (number < 1 || number > latest) {
            return Optional.empty();
        }
        int whole = number;
        Optional<Graph> start = workspace.graph(WorkspaceTerms.content(iri, whole));
        while (start.isEmpty() && whole > 1) {
            whole--;
            start = workspace.graph(WorkspaceTerms.content(iri, whole));
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Graph g = start.get();
        for (int v = whole + 1; v <= number; v++) {
            replay(g, iri, v);
        }
        return Optional.of(g);
    }

    /** Turns version {@code v - 1}'s content in {@code g} into version {@code v}'s. */
    private void replay(Graph g, String iri, int v) {
        workspace.graph(WorkspaceTerms.removed(iri, v)).ifPresent(removed -> removed.find().forEachRemaining(g::delete));
        workspace.graph(WorkspaceTerms.added(iri, v)).ifPresent(added -> added.find().forEachRemaining(g::add));
    }

    /** The statements of {@code a} that {@code b} lacks (blank nodes compared as stored). */
    private static Graph minus(Graph a, Graph b) {
        Graph out = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) {
                out.add(t);
            }
        });
        return out;
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
