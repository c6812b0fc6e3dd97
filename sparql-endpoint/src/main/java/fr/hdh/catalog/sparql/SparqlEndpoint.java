package fr.hdh.catalog.sparql;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public SPARQL endpoint: the catalogue's store served by Fuseki at {@code /sparql}, query only
 * (SPARQL 1.1 Protocol GET and POST, results as JSON, XML, CSV or TSV; graph store reads). No update
 * and no graph store writes are ever registered here, so there is nothing to protect at this door.
 * The default graph is the union of the record graphs (set by the store).
 *
 * <pre>
 * FusekiServer.Builder builder = FusekiServer.create().port(8080);
 * new SparqlEndpoint(store.datasetGraph(), Duration.ofSeconds(10)).addTo(builder);
 * </pre>
 */
public final class SparqlEndpoint {
    /** Where the endpoint answers. */
    public static final String PATH = "/sparql";

    private final DatasetGraph dataset;
    private final Duration timeout;

    public SparqlEndpoint(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Registers the read-only service on a Fuseki builder. */
    public FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        return builder.add(PATH, dataset, false);
    }
}
