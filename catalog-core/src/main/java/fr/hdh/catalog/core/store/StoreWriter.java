package fr.hdh.catalog.core.store;

import java.util.function.Supplier;
import org.apache.jena.graph.Graph;

/**
 * The right to change a {@link CatalogStore}: write transactions and the graph operations allowed inside
 * them. A store hands it out once ({@link CatalogStore#writer()}), to the catalogue's one writer.
 *
 * <pre>
 * StoreWriter writer = store.writer();
 * writer.write(() -> writer.replaceRecordGraph(iri, graph));
 * </pre>
 */
public final class StoreWriter {
    private final CatalogStore store;

    StoreWriter(CatalogStore store) {
        this.store = store;
    }

    /** Runs {@code action} in one write transaction and returns its result: committed whole or not at all. */
    public <T> T write(Supplier<T> action) {
        return store.write(action);
    }

    /** Runs {@code action} in one write transaction. */
    public void write(Runnable action) {
        store.write(() -> {
            action.run();
            return null;
        });
    }

    /** Replaces the whole graph named {@code iri}. Call inside {@link #write}. */
    public void replaceRecordGraph(String iri, Graph graph) {
        store.replaceRecordGraph(iri, graph);
    }

    /**
     * Makes the graph named {@code iri} equal to {@code graph}, deleting and adding only the triples that
     * differ (cheap for a graph without blank nodes that changed little). Call inside {@link #write}.
     */
    public void updateRecordGraph(String iri, Graph graph) {
        store.updateRecordGraph(iri, graph);
    }

    /** Adds {@code triples} to the graph named {@code iri} (an append-only log, say). Call inside {@link #write}. */
    public void addToGraph(String iri, Graph triples) {
        store.addToGraph(iri, triples);
    }

    /** The store as it stands in this transaction, for changing derived graphs triple by triple. Call inside {@link #write}. */
    public DerivedGraphs derivedGraphs() {
        return store.derivedGraphs();
    }

    /** Removes the graph named {@code iri}. Call inside {@link #write}. */
    public void deleteRecordGraph(String iri) {
        store.deleteRecordGraph(iri);
    }
}
