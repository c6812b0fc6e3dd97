package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/** What the store says the index should hold: each live record and the hash of its content. */
final class StoredRecords {
    private final CatalogStore store;

    StoredRecords(CatalogStore store) {
        this.store = store;
    }

    /** Record IRI to content hash, for every record that is neither withdrawn nor without provenance. */
    Map<String, String> hashes() {
        return store.read(() -> RecordProvenance.liveHashes(store.datasetGraph()));
    }

    /** The content hash of a live record in its stored graph; empty when withdrawn or without provenance. */
    static Optional<String> liveHash(String iri, Graph stored) {
        return RecordProvenance.hash(iri, stored).filter(h -> !RecordProvenance.withdrawn(iri, stored));
    }

    /** The stored graph of a record, as a view (no copy). Call inside a read transaction. */
    Graph graph(String iri) {
        return store.datasetGraph().getGraph(NodeFactory.createURI(iri));
    }

    <T> T read(java.util.function.Supplier<T> action) {
        return store.read(action);
    }
}
