package fr.hdh.catalog.core.store;

import fr.hdh.catalog.core.CatalogException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph store: a Jena TDB2 database on disk (or in memory for tests) holding one named graph per
 * record. The default graph is the union of the named graphs, so SPARQL sees the whole catalogue.
 * Every change runs in one write transaction; readers never see half of one.
 *
 * <p>This class reads. Writing takes the store's {@link StoreWriter}, which is handed out once: the
 * catalogue's one writer ({@code RecordService}) claims it, and from then on no other class can change
 * the store (an architecture test keeps watch on the rest).
 *
 * <pre>
 * try (CatalogStore store = CatalogStore.open(Path.of("data"))) {
 *     long n = store.read(() -> store.recordNames().size());
 * }
 * </pre>
 */
public final class CatalogStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);
    private final DatasetGraph dsg;
    private final boolean onDisk;
    private final AtomicLong version = new AtomicLong();
    private final AtomicBoolean writerClaimed = new AtomicBoolean();
    private final Path dir;
    /**
     * Held shared by every transaction begun here, exclusively by compaction: TDB2 does not carry a transaction
     * across the switch to the compacted generation (one begun before and ended after is left open on the old
     * one, and compaction waits for it for ever), so none may overlap it.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock transactions = new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** Bytes on disk at open or after the last compaction: what growth is measured against. */
    private final AtomicLong compactedBytes = new AtomicLong();

    private CatalogStore(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.onDisk = dir != null;
        this.dir = dir;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        compactedBytes.set(bytesOnDisk());
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}.
     *
     * @throws CatalogException when another process has it open (TDB2 allows one process per database)
     */
    public static CatalogStore open(Path dir) {
        try {
            return new CatalogStore(connect(dir), dir);
        } catch (DBOpEnvException e) {
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                throw new StoreInUseException("The store in " + dir + " is open in another process (" + e.getMessage()
                        + "): stop that process (the server, say) and try again", e);
            }
            throw e;
        }
    }

    /**
     * Connects to the database in {@code dir}, after cutting a journal torn by a process killed while it wrote
     * ({@link JournalRepair}: no committed transaction is in such a tail; Jena's recovery refuses it).
     */
    private static DatasetGraph connect(Path dir) {
        long cut = JournalRepair.repairIfClosed(dir);
        if (cut > 0) {
            LOG.warn("The journal of the store in {} ended with a torn entry ({} bytes), left by a process stopped while "
                    + "writing it; cut, as it held no committed transaction", dir, cut);
        }
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /** A TDB2 database in memory, for tests. */
    public static CatalogStore inMemory() {
        return new CatalogStore(DatabaseMgr.createDatasetGraph(), null);
    }

    /** The dataset for query engines (Fuseki); its default graph is the union of the record graphs. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public boolean onDisk() {
        return onDisk;
    }

    public <T> T read(Supplier<T> action) {
        transactions.readLock().lock();
        try {
            return Txn.calculateRead(dsg, action);
        } finally {
            transactions.readLock().unlock();
        }
    }

    /**
     * The only way to change this store, handed out once.
     *
     * @throws IllegalStateException when the writer was already claimed
     */
    public StoreWriter writer() {
        if (!writerClaimed.compareAndSet(false, true)) {
            throw new IllegalStateException("The store's writer is already claimed: change the catalogue through its one writer");
        }
        return new StoreWriter(this);
    }

    <T> T write(Supplier<T> action) {
        transactions.readLock().lock();
        try {
            T result = Txn.calculateWrite(dsg, action);
            version.incrementAndGet();
            return result;
        } finally {
            transactions.readLock().unlock();
        }
    }

    /**
     * A number that grows with every write committed through this store since it was opened (every write
     * goes through its writer): what a view computed from the whole store keys its cache on.
     */
    public long version() {
        return version.get();
    }

    /** The bytes the store's folder takes on disk (0 in memory). */
    public long bytesOnDisk() {
        if (!onDisk) {
            return 0;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Compacts the database with TDB2's compaction: the live data is copied to a new generation and the old
     * one deleted. TDB2 writes copy-on-write, so a large harvest leaves much of the folder to blocks no
     * transaction can see any more. It waits for the transactions begun through this class to end and holds
     * new ones back until it is done. Transactions begun on {@link #datasetGraph()} directly (a SPARQL
     * endpoint's) are not held back and must not overlap it: call it where nothing else reads the dataset,
     * as {@code hdh harvest once} does. Nothing changes in the data, so {@link #version()} stays.
     *
     * @throws IllegalStateException when called inside a transaction
     */
    public void compact() {
        if (!onDisk) {
            return;
        }
        if (dsg.isInTransaction() || transactions.getReadHoldCount() > 0) {
            throw new IllegalStateException("Compaction waits for every transaction to end: call it outside one");
        }
        transactions.writeLock().lock();
        try {
            DatabaseMgr.compact(dsg, true);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        } finally {
            transactions.writeLock().unlock();
        }
        compactedBytes.set(bytesOnDisk());
    }

    /**
     * Compacts when the folder grew to more than twice its size at open or at the last compaction, and by
     * more than {@code minGrowthBytes} (what a large harvest leaves behind); true when it compacted.
     */
    public boolean compactIfGrown(long minGrowthBytes) {
        long now = bytesOnDisk();
        long before = compactedBytes.get();
        if (!onDisk || now <= 2 * before || now - before <= minGrowthBytes) {
            return false;
        }
        compact();
        return true;
    }

    /** True when called inside a transaction of this store. */
    public boolean inTransaction() {
        return dsg.isInTransaction();
    }

    /** The names of all record graphs. Call inside a transaction. */
    public List<String> recordNames() {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    /** True when a graph named {@code iri} holds anything. Call inside a transaction. */
    public boolean containsRecord(String iri) {
        return dsg.containsGraph(NodeFactory.createURI(iri));
    }

    /** A copy of the stored graph of a record. Call inside a transaction. */
    public Optional<Graph> recordGraph(String iri) {
        Node name = NodeFactory.createURI(iri);
        if (!dsg.containsGraph(name)) {
            return Optional.empty();
        }
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(copy::add);
        return copy.isEmpty() ? Optional.empty() : Optional.of(copy);
    }

    /**
     * The stored graph of a record itself, not a copy: for reading a few triples of a large record (one page of a
     * code list's 19,000 codes). Call inside a transaction, and drop it when the transaction ends.
     */
    public Optional<Graph> storedGraph(String iri) {
        Node name = NodeFactory.createURI(iri);
        return dsg.containsGraph(name) ? Optional.of(dsg.getGraph(name)) : Optional.empty();
    }

    /**
     * The triples about {@code subject} in the graph of record {@code iri} (a record's provenance, say),
     * without copying the rest of the graph; empty when there is no such graph. Call inside a transaction.
     */
    public Optional<Graph> subjectIn(String iri, Node subject) {
        if (!containsRecord(iri)) {
            return Optional.empty();
        }
        Node name = NodeFactory.createURI(iri);
        Graph found = GraphFactory.createDefaultGraph();
        dsg.find(name, subject, Node.ANY, Node.ANY).forEachRemaining(q -> found.add(q.asTriple()));
        return Optional.of(found);
    }

    /** Replaces the whole graph of a record. Call inside a write transaction. */
    void replaceRecordGraph(String iri, Graph graph) {
        Node name = NodeFactory.createURI(iri);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Makes the graph of a record equal to {@code graph}, deleting and adding only the triples that
     * differ: a graph whose nodes are all IRIs and literals (no blank nodes) and that changed little
     * costs little to write again. Call inside a write transaction.
     */
    void updateRecordGraph(String iri, Graph graph) {
        Optional<Graph> stored = recordGraph(iri);
        if (stored.isEmpty()) {
            replaceRecordGraph(iri, graph);
            return;
        }
        Node name = NodeFactory.createURI(iri);
        Graph current = stored.get();
        current.find().filterDrop(graph::contains).toList()
                .forEach(t -> dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
        graph.find().filterDrop(current::contains)
                .forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The store as it stands in the current write transaction, for a derived graph's writer. */
    DerivedGraphs derivedGraphs() {
        return new DerivedGraphs(dsg);
    }

    /** Adds {@code triples} to the graph named {@code iri}. Call inside a write transaction. */
    void addToGraph(String iri, Graph triples) {
        Node name = NodeFactory.createURI(iri);
        triples.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** How many triples of graph {@code iri} match {@code predicate} and {@code object} (either may be ANY). Call inside a transaction. */
    public long count(String iri, Node predicate, Node object) {
        return dsg.stream(NodeFactory.createURI(iri), Node.ANY, predicate, object).count();
    }

    /** Removes a record graph entirely. Call inside a write transaction. */
    void deleteRecordGraph(String iri) {
        dsg.deleteAny(NodeFactory.createURI(iri), Node.ANY, Node.ANY, Node.ANY);
    }

    /** The union of all record graphs, for look-ups. Call inside a transaction. */
    public Graph union() {
        return dsg.getUnionGraph();
    }

    /** Begins a read transaction that the caller ends; for streaming exports. */
    public void beginRead() {
        transactions.readLock().lock();
        dsg.begin(TxnType.READ);
    }

    public void end() {
        try {
            dsg.end();
        } finally {
            transactions.readLock().unlock();
        }
    }

    /** Closes the database and releases its folder, so the same folder can be opened again in this JVM. */
    @Override
    public void close() {
        if (onDisk) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
