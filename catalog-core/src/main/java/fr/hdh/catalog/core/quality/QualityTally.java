package fr.hdh.catalog.core.quality;

import static fr.hdh.catalog.core.quality.QualityTerms.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * A source's datasets summed up, kept in its quality graph beside the measurements and changed with them in
 * the same transaction, so the per-source summary is read in a few look-ups whatever the number of datasets:
 * <pre>
 * &lt;Q/tally&gt; a hdh:QualityTally ; hdh:datasetCount 20000 ; hdh:pointsEarned 4312000 .
 * &lt;Q/tally/band-6&gt; hdh:datasetCount 8120 .                                  # scores in the 7th tenth
 * &lt;Q/tally/keywords&gt; dqv:isMeasurementOf hdh:mqa-keywords ; hdh:datasetCount 880 .   # short on keywords
 * </pre>
 * Counts at zero are not written.
 */
final class QualityTally {
    private final String graphIri;
    private long datasets;
    private long points;
    private final long[] bands = new long[QualitySummary.BANDS];
    private final Map<QualityIndicator, Long> shortOn = new EnumMap<>(QualityIndicator.class);
    private final List<Triple> stored;

    private QualityTally(String graphIri, List<Triple> stored) {
        this.graphIri = graphIri;
        this.stored = stored;
    }

    /** True when graph {@code graphIri} holds a tally. */
    static boolean present(Graph quality, String graphIri) {
        return quality.contains(node(graphIri, ""), RDF.type.asNode(), QUALITY_TALLY);
    }

    /** The tally graph {@code graphIri} holds; zero when it holds none. */
    static QualityTally read(Graph quality, String graphIri) {
        QualityTally t = new QualityTally(graphIri, new ArrayList<>());
        Node total = node(graphIri, "");
        if (!quality.contains(total, RDF.type.asNode(), QUALITY_TALLY)) {
            return t;
        }
        for (Triple x : quality.find(total, Node.ANY, Node.ANY).toList()) {
            t.stored.add(x);
            if (x.getPredicate().equals(DATASET_COUNT)) {
                t.datasets = number(x.getObject());
            } else if (x.getPredicate().equals(POINTS_EARNED)) {
                t.points = number(x.getObject());
            }
        }
        for (int band = 0; band < t.bands.length; band++) {
            t.bands[band] = count(quality, node(graphIri, "/band-" + band), t.stored);
        }
        for (QualityIndicator i : QualityIndicator.values()) {
            Node n = node(graphIri, "/" + i.localName());
            long c = count(quality, n, t.stored);
            if (c > 0) {
                t.shortOn.put(i, c);
                t.stored.addAll(quality.find(n, IS_MEASUREMENT_OF, Node.ANY).toList());
            }
        }
        return t;
    }

    /** Counts again from the measurements the graph holds (a graph written before tallies were kept). */
    static QualityTally recount(Graph quality, String graphIri) {
        QualityTally t = read(quality, graphIri);
        t.datasets = 0;
        t.points = 0;
        Arrays.fill(t.bands, 0);
        t.shortOn.clear();
        quality.find(Node.ANY, IS_MEASUREMENT_OF, QUALITY_SCORE).forEachRemaining(m -> {
            t.datasets++;
            int score = QualityGraph.value(quality, m.getSubject()).orElse(0);
            t.points += score;
            t.bands[band(score)]++;
        });
        for (QualityIndicator i : QualityIndicator.values()) {
            quality.find(Node.ANY, IS_MEASUREMENT_OF, QualityGraph.metric(i)).forEachRemaining(m -> {
                if (QualityGraph.value(quality, m.getSubject()).orElse(i.maxPoints()) < i.maxPoints()) {
                    t.shortOn.merge(i, 1L, Long::sum);
                }
            });
        }
        return t;
    }

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) one dataset's measurement. */
    void add(QualityGraph.Measurement m, int sign) {
        datasets += sign;
        points += (long) sign * m.total();
        bands[band(m.total())] += sign;
        m.shortfalls().keySet().forEach(i -> shortOn.merge(i, (long) sign, Long::sum));
    }

    long datasets() {
        return datasets;
    }

    /** The triples that say this tally. */
    List<Triple> triples() {
        List<Triple> out = new ArrayList<>();
        Node total = node(graphIri, "");
        out.add(Triple.create(total, RDF.type.asNode(), QUALITY_TALLY));
        out.add(Triple.create(total, DATASET_COUNT, QualityGraph.integer(datasets)));
        out.add(Triple.create(total, POINTS_EARNED, QualityGraph.integer(points)));
        for (int band = 0; band < bands.length; band++) {
            if (bands[band] > 0) {
                out.add(Triple.create(node(graphIri, "/band-" + band), DATASET_COUNT, QualityGraph.integer(bands[band])));
            }
        }
        shortOn.forEach((i, c) -> {
            if (c > 0) {
                Node n = node(graphIri, "/" + i.localName());
                out.add(Triple.create(n, IS_MEASUREMENT_OF, QualityGraph.metric(i)));
                out.add(Triple.create(n, DATASET_COUNT, QualityGraph.integer(c)));
            }
        });
        return out;
    }

    /** The triples as read, to write only what changed. */
    List<Triple> stored() {
        return stored;
    }

    /** The summary of source {@code sourceId}: indicators that cost points, the commonest first, then by metric IRI. */
    QualitySummary summary(String sourceId) {
        List<QualitySummary.Shortfall> shortfalls = shortOn.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<QualityIndicator, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(e -> QualityGraph.metric(e.getKey()).getURI()))
                .map(e -> new QualitySummary.Shortfall(e.getKey().labelFr, e.getKey().labelEn, e.getValue()))
                .toList();
        return new QualitySummary(sourceId, datasets, datasets == 0 ? 0 : (double) points / datasets,
                QualityIndicator.maxScore(), Arrays.stream(bands).boxed().toList(), shortfalls);
    }

    private static int band(int score) {
        int max = QualityIndicator.maxScore();
        return max <= 0 ? 0 : Math.max(0, Math.min(QualitySummary.BANDS - 1, score * QualitySummary.BANDS / max));
    }

    private static long count(Graph quality, Node n, List<Triple> stored) {
        return quality.find(n, DATASET_COUNT, Node.ANY).nextOptional().map(t -> {
            stored.add(t);
            return number(t.getObject());
        }).orElse(0L);
    }

    private static long number(Node literal) {
        try {
            return literal.isLiteral() ? Long.parseLong(literal.getLiteralLexicalForm()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Node node(String graphIri, String rest) {
        return NodeFactory.createURI(graphIri + "/tally" + rest);
    }
}
