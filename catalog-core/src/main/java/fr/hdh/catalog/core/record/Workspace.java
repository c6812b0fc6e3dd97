package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The private side of the catalogue: a TDB2 database of its own ({@code DIR/workspace}), never served,
 * holding every version of producers' records (drafts and submitted ones included), the append-only
 * audit log, the users and the server's token key. The public store holds only what is published; a
 * draft cannot leak through SPARQL, search, {@code /catalog} or a page because it is not there.
 *
 * <p>Written only by the one writer's side ({@link DatasetWorkflow}, and the user changes it lets
 * {@code Accounts} make): each change is one transaction of this database with its audit entry.
 */
public final class Workspace {
    private final CatalogStore store;
    private final StoreWriter writer;
    private final Supplier<Instant> clock;
    /** The token key once read or made; forgotten when a restore brings another. */
    private volatile byte[] tokenKey;

    public Workspace(CatalogStore store, Supplier<Instant> clock) {
        this.store = store;
        this.writer = store.writer();
        this.clock = clock;
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Supplier<T> action) {
        return store.read(action);
    }

    /** A copy of the graph {@code iri}; call inside {@link #read}. */
    public Optional<Graph> graph(String iri) {
        return store.recordGraph(iri);
    }

    /** The names of the workspace's graphs that start with {@code prefix}; call inside {@link #read}. */
    List<String> graphNames(String prefix) {
        return store.recordNames().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    <T> T write(Supplier<T> action) {
        return writer.write(action);
    }

    void replace(String graphIri, Graph graph) {
        writer.replaceRecordGraph(graphIri, graph);
    }

    void delete(String graphIri) {
        writer.deleteRecordGraph(graphIri);
    }

    Instant now() {
        return clock.get();
    }

    /**
     * Changes the users graph as {@code change} says and logs it, in one transaction.
     *
     * @param actor who made the change
     * @param action what it was ({@code user-add}, {@code token-issue}, …)
     * @param subject the user changed
     */
    public void changeUsers(UnaryOperator<Graph> change, String actor, String action, String subject) {
        writer.write(() -> {
            Graph users = store.recordGraph(WorkspaceTerms.USERS).orElseGet(GraphFactory::createDefaultGraph);
            writer.updateRecordGraph(WorkspaceTerms.USERS, change.apply(users));
            appendAudit(actor, action, subject, Optional.empty(), Optional.empty(), Optional.empty());
        });
    }

    /** The users graph as stored; call inside {@link #read}. */
    public Graph users() {
        return store.recordGraph(WorkspaceTerms.USERS).orElseGet(GraphFactory::createDefaultGraph);
    }

    /** The key tokens are hashed with, made once (32 random bytes) and kept in the workspace. */
    public byte[] tokenKey(Supplier<byte[]> fresh) {
        byte[] known = tokenKey;
        if (known == null) {
            known = readOrMakeKey(fresh);
            tokenKey = known;
        }
        return known.clone();
    }

    private byte[] readOrMakeKey(Supplier<byte[]> fresh) {
        Optional<byte[]> stored = read(this::storedKey);
        if (stored.isPresent()) {
            return stored.get();
        }
        return writer.write(() -> storedKey().orElseGet(() -> {
            byte[] key = fresh.get();
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI(WorkspaceTerms.SECRETS), WorkspaceTerms.TOKEN_KEY,
                    NodeFactory.createLiteralString(Base64.getEncoder().encodeToString(key)));
            writer.replaceRecordGraph(WorkspaceTerms.SECRETS, g);
            return key;
        }));
    }

    private Optional<byte[]> storedKey() {
        return store.recordGraph(WorkspaceTerms.SECRETS).flatMap(g -> g.find(Node.ANY, WorkspaceTerms.TOKEN_KEY, Node.ANY)
                .nextOptional().map(t -> Base64.getDecoder().decode(t.getObject().getLiteralLexicalForm())));
    }

    /**
     * Writes the named graphs of {@code snapshot} as they are (versions, the audit log, users, the token
     * key), replacing graphs of the same names, in one transaction. For restoring a backup of this
     * catalogue: the token key comes back with the users, so the tokens issued before still authenticate.
     *
     * @throws CatalogException naming a graph that is not a workspace graph (nothing is written then)
     */
    public void restore(DatasetGraph snapshot) {
        List<Node> names = new ArrayList<>();
        snapshot.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            if (!name.isURI() || !name.getURI().startsWith(WorkspaceTerms.WS)) {
                throw new CatalogException("Not a workspace graph: " + name + " (workspace graphs are named "
                        + WorkspaceTerms.WS + "…)");
            }
        }
        try {
            writer.write(() -> names.forEach(name -> writer.replaceRecordGraph(name.getURI(), snapshot.getGraph(name))));
        } finally {
            tokenKey = null;
        }
    }

    /**
     * True when the workspace holds nothing but the token key every workspace makes when it is first
     * opened: no user, version or audit entry. Call inside {@link #read}.
     */
    public boolean isEmpty() {
        return store.recordNames().stream().allMatch(WorkspaceTerms.SECRETS::equals);
    }

    /**
     * Hands every quad of the workspace to {@code sink}, graph after graph (for a backup; the workspace
     * is never served). Call inside {@link #read}: the quads are those of one transaction.
     */
    public void forEachQuad(Consumer<Quad> sink) {
        DatasetGraph dsg = store.datasetGraph();
        dsg.listGraphNodes().forEachRemaining(graph ->
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink));
    }

    /** Adds an entry to the audit log; call inside a write transaction of this workspace. */
    void appendAudit(String actor, String action, String subject, Optional<Integer> version,
                     Optional<VersionState> from, Optional<VersionState> to) {
        long sequence = store.count(WorkspaceTerms.AUDIT, RDF.type.asNode(), WorkspaceTerms.AUDIT_ENTRY) + 1;
        Node entry = NodeFactory.createURI(WorkspaceTerms.AUDIT + ":" + sequence);
        Graph added = GraphFactory.createDefaultGraph();
        added.add(entry, RDF.type.asNode(), WorkspaceTerms.AUDIT_ENTRY);
        added.add(entry, WorkspaceTerms.SEQUENCE, NodeFactory.createLiteralDT(Long.toString(sequence), XSDDatatype.XSDinteger));
        added.add(entry, WorkspaceTerms.AT, NodeFactory.createLiteralDT(now().toString(), XSDDatatype.XSDdateTime));
        added.add(entry, WorkspaceTerms.AUTHOR, NodeFactory.createLiteralString(actor));
        added.add(entry, WorkspaceTerms.ACTION, NodeFactory.createLiteralString(action));
        added.add(entry, WorkspaceTerms.RECORD, NodeFactory.createLiteralString(subject));
        version.ifPresent(v -> added.add(entry, WorkspaceTerms.VERSION_NUMBER,
                NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger)));
        from.ifPresent(s -> added.add(entry, WorkspaceTerms.FROM_STATE, s.node()));
        to.ifPresent(s -> added.add(entry, WorkspaceTerms.TO_STATE, s.node()));
        writer.addToGraph(WorkspaceTerms.AUDIT, added);
    }

    /** The audit log, newest first, {@code limit} entries from {@code offset}. */
    public List<AuditEntry> audit(int offset, int limit) {
        return read(() -> {
            Graph log = store.recordGraph(WorkspaceTerms.AUDIT).orElseGet(GraphFactory::createDefaultGraph);
            List<AuditEntry> entries = new ArrayList<>();
            log.find(Node.ANY, RDF.type.asNode(), WorkspaceTerms.AUDIT_ENTRY).forEachRemaining(t ->
                    entries.add(entry(log, t.getSubject())));
            entries.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
            return entries.stream().skip(offset).limit(limit).toList();
        });
    }

    private static AuditEntry entry(Graph log, Node e) {
        return new AuditEntry(Long.parseLong(literal(log, e, WorkspaceTerms.SEQUENCE).orElse("0")),
                Instant.parse(literal(log, e, WorkspaceTerms.AT).orElseThrow()),
                literal(log, e, WorkspaceTerms.AUTHOR).orElse(""), literal(log, e, WorkspaceTerms.ACTION).orElse(""),
                literal(log, e, WorkspaceTerms.RECORD).orElse(""),
                literal(log, e, WorkspaceTerms.VERSION_NUMBER).map(Integer::parseInt),
                state(log, e, WorkspaceTerms.FROM_STATE), state(log, e, WorkspaceTerms.TO_STATE));
    }

    private static Optional<String> state(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().flatMap(t -> VersionState.of(t.getObject())).map(VersionState::key);
    }

    static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }
}
