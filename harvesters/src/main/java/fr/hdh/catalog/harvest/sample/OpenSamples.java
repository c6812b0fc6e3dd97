package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.RecordSink;
import fr.hdh.catalog.ontologies.ADMS;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Measures the open CSV samples a remote source publishes, on each dataset record a harvester hands
 * over, before passing it on ({@link #around}). A distribution is measured when the dataset names it as
 * its {@code adms:sample}, or when it is a CSV file under an open licence ({@link OpenLicences}, on the
 * distribution or the dataset); and only when its download URL (else its access URL) is on the
 * source's own host and port: a harvest fetches what the source publishes, never the rest of the web,
 * and a harvest of local files fetches nothing. Through the harvest's {@link Fetcher}, so the same
 * address checks and size cap apply; a sample over {@link #MAX_SAMPLE_BYTES} or served as HTML is
 * skipped, as is one that cannot be fetched (the record is stored without a preview, not refused).
 * At most {@link #MAX_SAMPLES} samples are fetched per harvest.
 *
 * <p>What is recorded on the distribution is {@link SampleDistributions#measured}: its size and
 * SHA-256 as measured, the CSV format when it had none, and the preview of its first lines.
 */
public final class OpenSamples implements RecordSink {
    public static final long MAX_SAMPLE_BYTES = 8L * 1024 * 1024;
    public static final int MAX_SAMPLES = 200;
    private static final String ACCEPT = "text/csv, application/csv;q=0.9, text/plain;q=0.5, */*;q=0.1";

    private final RecordSink next;
    private final URI source;
    private final Fetcher fetcher;
    private int fetched;

    private OpenSamples(RecordSink next, URI source, Fetcher fetcher) {
        this.next = next;
        this.source = source;
        this.fetcher = fetcher;
    }

    /** A sink that measures the open samples of each record from {@code source}, then hands it to {@code next}. */
    public static RecordSink around(RecordSink next, URI source, Fetcher fetcher) {
        return new OpenSamples(next, source, fetcher);
    }

    @Override
    public void accept(CatalogRecord record) {
        if (record.kind() == RecordKind.DATASET) {
            measure(record.content(), record.node());
        }
        next.accept(record);
    }

    @Override
    public void reject(String item, String reason) {
        next.reject(item, reason);
    }

    @Override
    public void amended(Amendment amendment) {
        next.amended(amendment);
    }

    @Override
    public void progress(long done, long total) {
        next.progress(done, total);
    }

    private void measure(Graph g, Node dataset) {
        Set<Node> candidates = new LinkedHashSet<>();
        g.find(dataset, ADMS.sample.asNode(), Node.ANY).forEachRemaining(t -> candidates.add(t.getObject()));
        Optional<Node> datasetLicence = object(g, dataset, DCTerms.license.asNode());
        g.find(dataset, DCAT.distribution.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(d -> csv(g, d) && OpenLicences.isOpen(object(g, d, DCTerms.license.asNode()).or(() -> datasetLicence).orElse(null)))
                .forEachRemaining(candidates::add);
        for (Node distribution : candidates) {
            Optional<URI> url = downloadUrl(g, distribution).filter(this::sameOrigin);
            if (url.isEmpty() || fetched >= MAX_SAMPLES) {
                continue;
            }
            fetched++;
            fetch(url.get()).ifPresent(sample -> SampleDistributions.measured(g, distribution, sample));
        }
    }

    private Optional<OpenSample> fetch(URI url) {
        try {
            Fetcher.Fetched got = fetcher.fetch(url, ACCEPT);
            String type = got.contentType() == null ? "" : got.contentType().toLowerCase(Locale.ROOT);
            if (got.body().length > MAX_SAMPLE_BYTES || type.startsWith("text/html")) {
                return Optional.empty();
            }
            return Optional.of(OpenSample.of(url.toString(), got.body()));
        } catch (Fetcher.FetchException e) {
            return Optional.empty();
        }
    }

    private boolean sameOrigin(URI url) {
        return Objects.equals(lower(url.getScheme()), lower(source.getScheme()))
                && Objects.equals(lower(url.getHost()), lower(source.getHost()))
                && url.getPort() == source.getPort();
    }

    private static boolean csv(Graph g, Node distribution) {
        String format = (object(g, distribution, DCTerms.format.asNode()).map(OpenSamples::text).orElse("") + " "
                + object(g, distribution, DCAT.mediaType.asNode()).map(OpenSamples::text).orElse("")).toLowerCase(Locale.ROOT);
        String path = downloadUrl(g, distribution).map(URI::getPath).orElse("").toLowerCase(Locale.ROOT);
        return format.contains("csv") || path.endsWith(".csv");
    }

    private static Optional<URI> downloadUrl(Graph g, Node distribution) {
        return object(g, distribution, DCAT.downloadURL.asNode()).or(() -> object(g, distribution, DCAT.accessURL.asNode()))
                .filter(Node::isURI).flatMap(n -> {
                    try {
                        URI uri = URI.create(n.getURI());
                        return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
