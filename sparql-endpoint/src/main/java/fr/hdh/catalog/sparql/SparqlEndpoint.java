package fr.hdh.catalog.sparql;

import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.sparql.federation.PartnerServiceExecutor;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * The public SPARQL endpoint: the catalogue's store served by Fuseki at {@code /sparql}, query only
 * (SPARQL 1.1 Protocol GET and POST, results as JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE in the
 * RDF syntaxes; graph store reads). No update and no graph store write is registered, and
 * {@link PublicSparqlFilter} answers any attempt with a 403 that says so. Queries stop at the timeout,
 * answers are capped ({@link PublicQueryProcessor}; the timeout applies to public queries only, never to
 * the catalogue's own queries on the same store), CORS is open to every origin (partner portals
 * query from browsers), {@code GET /sparql} without a query is the service description (or, for a
 * browser, the {@link QueryEditor} given by {@link #withEditor}), and {@code /.well-known/void} describes
 * the data. The default graph is the union of the record graphs (set by the store). {@code SERVICE} reaches only the configured partner
 * endpoints, through {@code door} (see {@link fr.hdh.catalog.sparql.federation}); the same gate is set
 * on the store's own context, so no query on it, public or not, uses Jena's HTTP service executor.
 *
 * <pre>
 * FusekiServer.Builder builder = FusekiServer.create().port(8080);
 * new SparqlEndpoint(store.datasetGraph(), new SparqlSettings(Duration.ofSeconds(10), 10_000, PartnerEndpoints.none()),
 *         store::version, door).addTo(builder);
 * </pre>
 */
public final class SparqlEndpoint {
    /** Where the endpoint answers. */
    public static final String PATH = "/sparql";

    private final DatasetGraph dataset;
    private final SparqlSettings settings;
    private final LongSupplier dataVersion;
    private final ServiceExecutorRegistry services;
    private final Optional<QueryEditor> editor;

    /**
     * {@code dataVersion} changes whenever the data does ({@code CatalogStore::version}): the VoID
     * counts are taken again only then. {@code door} sends the calls to partner endpoints.
     */
    public SparqlEndpoint(DatasetGraph dataset, SparqlSettings settings, LongSupplier dataVersion, Fetcher door) {
        this(dataset, settings, dataVersion, new PartnerServiceExecutor(settings.partners(), door).registry(), Optional.empty());
    }

    private SparqlEndpoint(DatasetGraph dataset, SparqlSettings settings, LongSupplier dataVersion,
                           ServiceExecutorRegistry services, Optional<QueryEditor> editor) {
        this.dataset = dataset;
        this.settings = settings;
        this.dataVersion = dataVersion;
        this.services = services;
        this.editor = editor;
    }

    /** The same endpoint, showing browsers {@code editor} at a bare {@code GET /sparql}. */
    public SparqlEndpoint withEditor(QueryEditor editor) {
        return new SparqlEndpoint(dataset, settings, dataVersion, services, Optional.of(editor));
    }

    /** Registers the read-only service, its protections and its descriptions on a Fuseki builder. */
    public FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        dataset.getContext().set(ARQConstants.registryServiceExecutors, services);
        return builder
                .enableCors(true, null)
                .registerOperation(Operation.Query, new PublicQueryProcessor(settings, services))
                .addFilter(PATH, new PublicSparqlFilter(new ServiceDescription(settings), editor))
                .addFilter(PATH + "/*", new PublicSparqlFilter(new ServiceDescription(settings), editor))
                .addServlet(VoidServlet.PATH, new VoidServlet(new VoidDescription(dataset, dataVersion)))
                .add(PATH, dataset, false);
    }
}
