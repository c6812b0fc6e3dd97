package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.NamedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads what the quality graphs hold: one dataset's measurements ({@code dataset-quality.rq}, the dataset
 * bound as a parameter; an indicator without a measurement earned its metric's maximum), and a
 * {@link QualitySummary} per source from its graph's {@link QualityTally} (a few look-ups, whatever the
 * number of datasets). {@link #recount} computes the same summaries from the measurements themselves with
 * two aggregate queries ({@code quality-scores.rq}, {@code quality-shortfalls.rq}), to check the tallies.
 *
 * <pre>
 * Optional&lt;DatasetQuality&gt; one = StoredQuality.dataset(catalog.store(), datasetIri);
 * List&lt;QualitySummary&gt; sources = StoredQuality.sources(catalog.store(), catalog.iris());
 * </pre>
 */
final class StoredQuality {
    private static final Query DATASET = NamedQuery.parse("dataset-quality.rq");
    private static final Query SCORES = NamedQuery.parse("quality-scores.rq");
    private static final Query SHORTFALLS = NamedQuery.parse("quality-shortfalls.rq");
    private static final Node TOTAL = NodeFactory.createURI(HDH.NS + "mqaScore");

    private StoredQuality() {}

    /** The measurements of {@code datasetIri}; empty when no quality graph measured it. */
    static Optional<DatasetQuality> dataset(CatalogStore store, String datasetIri) {
        return store.read(() -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(DATASET.cloneQuery())
                    .substitution("dataset", NodeFactory.createURI(datasetIri)).build()) {
                return dataset(exec.select());
            }
        });
    }

    /** The measurements of the first quality graph in the rows (one graph measures a dataset, as a rule). */
    private static Optional<DatasetQuality> dataset(RowSet rows) {
        Node graph = null;
        Long score = null;
        long maxScore = 0;
        Optional<String> run = Optional.empty();
        List<DatasetQuality.Indicator> indicators = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (graph == null) {
                graph = row.get("graph");
            } else if (!graph.equals(row.get("graph"))) {
                break;
            }
            long value = integer(row.get("value"));
            long max = integer(row.get("max"));
            if (TOTAL.equals(row.get("metric"))) {
                score = value;
                maxScore = max;
                run = Optional.ofNullable(row.get("run")).filter(Node::isURI).map(Node::getURI);
            } else {
                indicators.add(new DatasetQuality.Indicator(text(row, "metricFr", "metric"), text(row, "metricEn", "metric"),
                        text(row, "dimensionFr", "dimension"), text(row, "dimensionEn", "dimension"), (int) value, (int) max));
            }
        }
        return score == null ? Optional.empty()
                : Optional.of(new DatasetQuality(score.intValue(), (int) maxScore, run, indicators));
    }

    /** One summary per source whose quality graph measures datasets, in the order of the graphs' IRIs. */
    static List<QualitySummary> sources(CatalogStore store, CatalogIris iris) {
        String prefix = QualityGraph.iri(iris, "");
        return store.read(() -> {
            java.util.TreeSet<String> graphs = new java.util.TreeSet<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), QualityTerms.QUALITY_TALLY)
                    .forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
            List<QualitySummary> summaries = new ArrayList<>();
            for (String graph : graphs) {
                if (graph.startsWith(prefix)) {
                    QualityTally tally = QualityTally.read(store.datasetGraph().getGraph(NodeFactory.createURI(graph)), graph);
                    if (tally.datasets() > 0) {
                        summaries.add(tally.summary(graph.substring(prefix.length())));
                    }
                }
            }
            return summaries;
        });
    }

    /** The summaries counted from the measurements, with the aggregate queries: what the tallies must say. */
    static List<QualitySummary> recount(CatalogStore store, CatalogIris iris) {
        String prefix = QualityGraph.iri(iris, "");
        return store.read(() -> {
            Map<String, Scores> scores = new LinkedHashMap<>();
            eachRow(store, SCORES, row -> {
                String graph = row.get("graph").getURI();
                if (graph.startsWith(prefix)) {
                    scores.computeIfAbsent(graph, g -> new Scores()).add(integer(row.get("score")),
                            integer(row.get("max")), integer(row.get("datasets")));
                }
            });
            Map<String, List<QualitySummary.Shortfall>> shortfalls = new LinkedHashMap<>();
            eachRow(store, SHORTFALLS, row -> shortfalls
                    .computeIfAbsent(row.get("graph").getURI(), g -> new ArrayList<>())
                    .add(new QualitySummary.Shortfall(text(row, "labelFr", "metric"), text(row, "labelEn", "metric"),
                            integer(row.get("datasets")))));
            List<QualitySummary> summaries = new ArrayList<>();
            scores.forEach((graph, s) -> summaries.add(s.summary(graph.substring(prefix.length()),
                    shortfalls.getOrDefault(graph, List.of()))));
            return summaries;
        });
    }

    private static void eachRow(CatalogStore store, Query query, Consumer<Binding> action) {
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(query.cloneQuery()).build()) {
            exec.select().forEachRemaining(action);
        }
    }

    /** The scores of one graph, added up as the rows come. */
    private static final class Scores {
        private final long[] bands = new long[QualitySummary.BANDS];
        private long datasets;
        private long points;
        private int max;

        void add(long score, long maxScore, long count) {
            max = (int) Math.max(max, maxScore);
            datasets += count;
            points += score * count;
            int band = maxScore <= 0 ? 0 : (int) Math.min(QualitySummary.BANDS - 1, score * QualitySummary.BANDS / maxScore);
            bands[Math.max(0, band)] += count;
        }

        QualitySummary summary(String sourceId, List<QualitySummary.Shortfall> shortfalls) {
            return new QualitySummary(sourceId, datasets, datasets == 0 ? 0 : (double) points / datasets, max,
                    Arrays.stream(bands).boxed().toList(), List.copyOf(shortfalls));
        }
    }

    private static long integer(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return 0;
        }
        try {
            return Long.parseLong(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The label bound to {@code var}, else the local name of the IRI bound to {@code iriVar}, else "". */
    private static String text(Binding row, String var, String iriVar) {
        Node label = row.get(var);
        if (label != null && label.isLiteral()) {
            return label.getLiteralLexicalForm();
        }
        Node iri = row.get(iriVar);
        if (iri == null || !iri.isURI()) {
            return "";
        }
        String s = iri.getURI();
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }
}
