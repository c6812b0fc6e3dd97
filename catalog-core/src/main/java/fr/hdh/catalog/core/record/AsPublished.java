package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Nothing lost: each harvested record the catalogue amended (repaired, or stored without values that
 * broke a rule) or refused is kept in the private workspace as its source published it, with the list of
 * what was changed and why. A curator compares the two; the public store holds only what conforms. The
 * next run starts again from the source and replaces the source's set: a record no longer amended is no
 * longer kept. Graphs are written only when they differ, so an unchanged run changes nothing here.
 *
 * <pre>
 * asPublished.keep("berlin", List.of(new AsPublished.Kept(iri, stored, amendments, false)));
 * Optional&lt;List&lt;Amendment&gt;&gt; changes = asPublished.amendments(iri);
 * </pre>
 */
public final class AsPublished {
    private final Workspace workspace;

    public AsPublished(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * A record as it reached the catalogue.
     *
     * @param recordIri the record
     * @param content its content after the amendments (as stored, or as last validated when refused)
     * @param amendments what was changed, in order
     * @param refused whether it was refused in the end
     */
    public record Kept(String recordIri, Graph content, List<Amendment> amendments, boolean refused) {
        public Kept {
            amendments = List.copyOf(amendments);
        }

        /**
         * The record as its source published it: the amendments undone, last first, and what a repair
         * hung under a value it made (the label of a licence read from text) gone with it.
         */
        public Graph asPublished() {
            Graph g = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(g::add);
            Set<Node> made = new HashSet<>();
            for (int i = amendments.size() - 1; i >= 0; i--) {
                Amendment a = amendments.get(i);
                a.added().ifPresent(t -> {
                    g.delete(t);
                    made.add(t.getObject());
                });
                a.removed().ifPresent(g::add);
            }
            for (Node n : made) {
                if (n.isBlank() && !g.contains(Node.ANY, Node.ANY, n)) {
                    g.find(n, Node.ANY, Node.ANY).toList().forEach(g::delete);
                }
            }
            return g;
        }
    }

    /**
     * Replaces what source {@code sourceId} has kept by {@code records}, in one transaction of the workspace.
     *
     * @return the records whose list of amendments changed (new, different, or no longer kept)
     */
    public Set<String> keep(String sourceId, List<Kept> records) {
        String index = WorkspaceTerms.asPublishedBySource(sourceId);
        return workspace.write(() -> {
            Set<String> changed = new HashSet<>();
            Set<String> before = new HashSet<>();
            workspace.graph(index).ifPresent(g -> g.find(Node.ANY, WorkspaceTerms.AS_PUBLISHED_OF, Node.ANY)
                    .forEachRemaining(t -> before.add(t.getObject().getURI())));
            Graph listed = GraphFactory.createDefaultGraph();
            for (Kept k : records) {
                before.remove(k.recordIri());
                listed.add(NodeFactory.createURI(index), WorkspaceTerms.AS_PUBLISHED_OF, NodeFactory.createURI(k.recordIri()));
                replaceIfChanged(WorkspaceTerms.asPublished(k.recordIri()), k.asPublished());
                if (replaceIfChanged(WorkspaceTerms.amendments(k.recordIri()), describe(k))) {
                    changed.add(k.recordIri());
                }
            }
            for (String gone : before) {
                workspace.delete(WorkspaceTerms.asPublished(gone));
                workspace.delete(WorkspaceTerms.amendments(gone));
                changed.add(gone);
            }
            replaceIfChanged(index, listed);
            return changed;
        });
    }

    /** What the catalogue changed in record {@code iri} on its way in, when it changed anything. */
    public Optional<List<Amendment>> amendments(String iri) {
        return workspace.read(() -> workspace.graph(WorkspaceTerms.amendments(iri)).map(g -> read(iri, g)));
    }

    /** Record {@code iri} as its source published it, when the catalogue amended or refused it. */
    public Optional<Graph> asPublished(String iri) {
        return workspace.read(() -> workspace.graph(WorkspaceTerms.asPublished(iri)));
    }

    /** Writes {@code next} as graph {@code name} unless it holds just that; true when written. */
    private boolean replaceIfChanged(String name, Graph next) {
        Optional<Graph> stored = workspace.graph(name);
        if (stored.isEmpty() || !stored.get().isIsomorphicWith(next)) {
            workspace.replace(name, next);
            return true;
        }
        return false;
    }

    private static Graph describe(Kept k) {
        Graph g = GraphFactory.createDefaultGraph();
        Node record = NodeFactory.createURI(k.recordIri());
        String base = WorkspaceTerms.amendments(k.recordIri()) + ":";
        if (k.refused()) {
            g.add(record, WorkspaceTerms.REFUSED, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        for (int i = 0; i < k.amendments().size(); i++) {
            Amendment a = k.amendments().get(i);
            Node n = NodeFactory.createURI(base + (i + 1));
            Triple t = a.removed().orElseGet(() -> a.added().orElseThrow());
            g.add(n, RDF.type.asNode(), WorkspaceTerms.AMENDMENT);
            g.add(n, WorkspaceTerms.AMENDS, record);
            g.add(n, WorkspaceTerms.SEQUENCE, NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
            g.add(n, WorkspaceTerms.AMENDMENT_TYPE, NodeFactory.createLiteralString(a.type().name()));
            g.add(n, WorkspaceTerms.AMENDMENT_KIND, NodeFactory.createLiteralString(a.kind()));
            g.add(n, WorkspaceTerms.AMENDED_SUBJECT, t.getSubject());
            g.add(n, WorkspaceTerms.AMENDED_PROPERTY, t.getPredicate());
            a.removed().ifPresent(r -> g.add(n, WorkspaceTerms.VALUE_BEFORE, r.getObject()));
            a.added().ifPresent(r -> g.add(n, WorkspaceTerms.VALUE_AFTER, r.getObject()));
            if (a.reason() != null && !a.reason().isEmpty()) {
                g.add(n, WorkspaceTerms.REASON, NodeFactory.createLiteralString(a.reason()));
            }
        }
        return g;
    }

    private static List<Amendment> read(String iri, Graph g) {
        List<Node> nodes = g.find(Node.ANY, RDF.type.asNode(), WorkspaceTerms.AMENDMENT).mapWith(Triple::getSubject).toList();
        nodes.sort(java.util.Comparator.comparingInt(n -> Integer.parseInt(object(g, n, WorkspaceTerms.SEQUENCE)
                .map(Node::getLiteralLexicalForm).orElse("0"))));
        List<Amendment> out = new ArrayList<>();
        for (Node n : nodes) {
            Node s = object(g, n, WorkspaceTerms.AMENDED_SUBJECT).orElseThrow();
            Node p = object(g, n, WorkspaceTerms.AMENDED_PROPERTY).orElseThrow();
            Triple before = object(g, n, WorkspaceTerms.VALUE_BEFORE).map(o -> Triple.create(s, p, o)).orElse(null);
            Triple after = object(g, n, WorkspaceTerms.VALUE_AFTER).map(o -> Triple.create(s, p, o)).orElse(null);
            out.add(new Amendment(Amendment.Type.valueOf(object(g, n, WorkspaceTerms.AMENDMENT_TYPE).orElseThrow().getLiteralLexicalForm()),
                    object(g, n, WorkspaceTerms.AMENDMENT_KIND).orElseThrow().getLiteralLexicalForm(), iri, before, after,
                    object(g, n, WorkspaceTerms.REASON).map(Node::getLiteralLexicalForm).orElse("")));
        }
        return out;
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }
}
