package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.CommittedRecord;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Keeps every public dataset's quality in step with the store, whoever wrote it: it follows the one
 * writer's commits ({@code RecordService.onCommit}) — harvests, the demo content, {@code hdh import},
 * producers' published versions, withdrawals, restores — and after each one measures the datasets written
 * and writes their measurements and their source's tally through the writer, in one transaction. At open
 * it measures what no quality graph holds yet ({@link #synchronize}). Reads serve the pages and the API:
 * one dataset's measurements, and the per-source summaries, kept in memory until the store changes.
 *
 * <pre>
 * try (QualityService.Measuring m = catalog.quality().measuredBy("harvest-portal", runIri)) {
 *     ... records written by agent harvest-portal are measured by activity runIri ...
 * }
 * List&lt;QualitySummary&gt; sources = catalog.quality().sources();
 * </pre>
 */
public final class QualityService {
    private static final int RECORDS_PER_TRANSACTION = 2_000;

    private final CatalogStore store;
    private final RecordService records;
    private final CatalogIris iris;
    private final Function<String, AsPublishedConformance> conformance;
    private final Map<String, String> activities = new ConcurrentHashMap<>();
    private final AtomicReference<Summaries> summaries = new AtomicReference<>();

    public QualityService(CatalogStore store, RecordService records, CatalogIris iris) {
        this(store, records, iris, iri -> AsPublishedConformance.CONFORMED);
    }

    /**
     * @param conformance how each record met the profile as its source published it (what a harvest
     *                    repaired or dropped, read from where the record as published is kept)
     */
    public QualityService(CatalogStore store, RecordService records, CatalogIris iris,
                          Function<String, AsPublishedConformance> conformance) {
        this.conformance = conformance;
        this.store = store;
        this.records = records;
        this.iris = iris;
    }

    /** The summaries at a store version. */
    private record Summaries(long version, List<QualitySummary> sources) {}

    /** While open, measurements of records attributed to {@code agent} name {@code activityIri} (a harvest run, a load). */
    public Measuring measuredBy(String agent, String activityIri) {
        activities.put(agent, activityIri);
        return new Measuring(agent, activityIri);
    }

    /** The span during which an agent's records are measured by one activity. */
    public final class Measuring implements AutoCloseable {
        private final String agent;
        private final String activity;

        private Measuring(String agent, String activity) {
            this.agent = agent;
            this.activity = activity;
        }

        @Override
        public void close() {
            activities.remove(agent, activity);
        }
    }

    /** The commit listener: measures the datasets among the records just committed. */
    public void recordsCommitted(List<CommittedRecord> committed) {
        List<CommittedRecord> datasets = committed.stream().filter(QualityService::mayBeMeasured).toList();
        for (int from = 0; from < datasets.size(); from += RECORDS_PER_TRANSACTION) {
            List<CommittedRecord> part = datasets.subList(from, Math.min(datasets.size(), from + RECORDS_PER_TRANSACTION));
            records.changeDerived(graphs -> {
                QualityWrite write = new QualityWrite(graphs, iris, agent -> Optional.ofNullable(activities.get(agent)), conformance);
                part.forEach(r -> write.record(r.iri(), r.stored()));
                write.finish();
                return null;
            });
        }
    }

    /**
     * Measures records {@code iris} again as the store holds them: after a harvest has kept what it
     * changed in them, which lowers their conformance as published.
     */
    public void remeasure(List<String> recordIris) {
        for (int from = 0; from < recordIris.size(); from += RECORDS_PER_TRANSACTION) {
            List<String> part = recordIris.subList(from, Math.min(recordIris.size(), from + RECORDS_PER_TRANSACTION));
            records.changeDerived(graphs -> {
                QualityWrite write = new QualityWrite(graphs, iris, agent -> Optional.ofNullable(activities.get(agent)), conformance);
                part.forEach(iri -> write.record(iri, null));
                write.finish();
                return null;
            });
        }
    }

    /** A dataset record (withdrawn ones too: their measurements go). */
    private static boolean mayBeMeasured(CommittedRecord r) {
        return r.stored().contains(NodeFactory.createURI(r.iri()), RDF.type.asNode(), DCAT.Dataset.asNode());
    }

    /**
     * Measures the dataset records no quality graph measures (a store written before this catalogue scored
     * every public record, say), and counts the tally of any quality graph that has none. Cheap when
     * nothing is missing: one pass over the datasets' type triples. Returns the datasets measured.
     */
    public int synchronize(Progress progress) {
        List<String> missing = store.read(() -> {
            List<String> found = new ArrayList<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())
                        && !store.datasetGraph().contains(Node.ANY, q.getSubject(), QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY)) {
                    found.add(q.getSubject().getURI());
                }
            });
            return found;
        });
        List<String> untallied = store.read(() -> {
            List<String> found = new ArrayList<>();
            store.datasetGraph().find(Node.ANY, QualityTerms.QUALITY_SCORE, RDF.type.asNode(), QualityTerms.METRIC)
                    .forEachRemaining(q -> {
                        String g = q.getGraph().getURI();
                        if (!QualityTally.present(store.datasetGraph().getGraph(q.getGraph()), g)) {
                            found.add(g);
                        }
                    });
            return found;
        });
        if (!untallied.isEmpty()) {
            records.changeDerived(graphs -> {
                QualityWrite write = new QualityWrite(graphs, iris, agent -> Optional.empty(), conformance);
                untallied.forEach(write::tally);
                write.finish();
                return null;
            });
        }
        int measured = 0;
        for (int from = 0; from < missing.size(); from += RECORDS_PER_TRANSACTION) {
            List<String> part = missing.subList(from, Math.min(missing.size(), from + RECORDS_PER_TRANSACTION));
            measured += records.changeDerived(graphs -> {
                QualityWrite write = new QualityWrite(graphs, iris, agent -> Optional.empty(), conformance);
                int n = part.stream().mapToInt(iri -> write.record(iri, null)).sum();
                write.finish();
                return n;
            });
            progress.update("quality", from + part.size(), missing.size());
        }
        return measured;
    }

    /** The measurements of {@code datasetIri}; empty when no quality graph measured it. */
    public Optional<DatasetQuality> dataset(String datasetIri) {
        return StoredQuality.dataset(store, datasetIri);
    }

    /** One summary per source that has measured datasets, in the order of their graphs' IRIs; read once per store version. */
    public List<QualitySummary> sources() {
        long version = store.version();
        Summaries known = summaries.get();
        if (known != null && known.version() == version) {
            return known.sources();
        }
        Summaries fresh = new Summaries(version, StoredQuality.sources(store, iris));
        summaries.set(fresh);
        return fresh.sources();
    }

    /** The IRI of the quality graph of source {@code sourceId}. */
    public String graphIri(String sourceId) {
        return QualityGraph.iri(iris, sourceId);
    }
}
