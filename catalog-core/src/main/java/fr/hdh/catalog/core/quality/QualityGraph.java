package fr.hdh.catalog.core.quality;

import static fr.hdh.catalog.core.quality.QualityTerms.*;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.ontologies.PROV;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The quality measurements of a source's datasets as W3C DQV, one graph per source. Each dataset gets its
 * total and one measurement per indicator that costs it points; an indicator at its maximum is not
 * written, the metric's {@code hdh:maxPoints} says what it earned:
 * <pre>
 * &lt;dataset&gt; dqv:hasQualityMeasurement &lt;Q/h/score&gt; .
 * &lt;Q/h/score&gt; a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqaScore ;
 *     dqv:value 215 ; prov:wasGeneratedBy &lt;run&gt; .
 * &lt;Q/h/keywords&gt; a dqv:QualityMeasurement ; dqv:computedOn &lt;dataset&gt; ; dqv:isMeasurementOf hdh:mqa-keywords ;
 *     dqv:value 0 .
 * hdh:mqa-keywords a dqv:Metric ; dqv:inDimension hdh:mqa-findability ; hdh:maxPoints 30 .
 * </pre>
 * where {@code Q} is the quality graph's IRI and {@code h} a digest of the dataset's IRI. The IRIs are
 * stable: a dataset measured again with the same results gives the very same triples. Every measurement is
 * typed {@code dqv:QualityMeasurement}, as data.europa.eu's MQA publishes them, so a query for the
 * measurements of a dataset finds them without RDFS inference. The graph's {@link QualityTally} sums its
 * datasets up.
 */
public final class QualityGraph {
    static final String PATH = "harvest/quality/";
    private static final String TOTAL = "score";

    private QualityGraph() {}

    /** The IRI of the quality graph of a source's datasets (a harvest source, {@code demo}, …). */
    public static String iri(CatalogIris iris, String sourceId) {
        return iris.base() + PATH + sourceId;
    }

    /** What a dataset earned: its total, and the points of each indicator below its maximum. */
    record Measurement(int total, Map<QualityIndicator, Integer> shortfalls) {}

    /** A measurement as stored, with the activity that produced it, if named. */
    record Stored(Measurement measurement, Optional<Node> activity) {}

    /** Measures {@code dataset} in {@code content}, its stored record, which met the profile as {@code conformance} says. */
    static Measurement measure(Graph content, Node dataset, AsPublishedConformance conformance) {
        int total = 0;
        Map<QualityIndicator, Integer> shortfalls = new EnumMap<>(QualityIndicator.class);
        for (QualityIndicator indicator : QualityIndicator.values()) {
            int points = indicator.points(content, dataset, conformance);
            total += points;
            if (points < indicator.maxPoints()) {
                shortfalls.put(indicator, points);
            }
        }
        return new Measurement(total, shortfalls);
    }

    /** The triples of a dataset's measurement in graph {@code graphIri}; {@code activity} may be null. */
    static List<Triple> triples(String graphIri, Node dataset, Measurement m, Node activity) {
        String prefix = prefix(graphIri, dataset);
        List<Triple> out = new ArrayList<>();
        Node score = NodeFactory.createURI(prefix + TOTAL);
        out.add(Triple.create(dataset, HAS_QUALITY_MEASUREMENT, score));
        measurement(out, score, dataset, QUALITY_SCORE, m.total());
        if (activity != null) {
            out.add(Triple.create(score, PROV.wasGeneratedBy.asNode(), activity));
        }
        m.shortfalls().forEach((indicator, points) ->
                measurement(out, NodeFactory.createURI(prefix + indicator.localName()), dataset, metric(indicator), points));
        return out;
    }

    private static void measurement(List<Triple> out, Node m, Node dataset, Node metric, int value) {
        out.add(Triple.create(m, RDF.type.asNode(), QUALITY_MEASUREMENT));
        out.add(Triple.create(m, COMPUTED_ON, dataset));
        out.add(Triple.create(m, IS_MEASUREMENT_OF, metric));
        out.add(Triple.create(m, VALUE, integer(value)));
    }

    /** The measurement of {@code dataset} as graph {@code graphIri} holds it (written in full or in short). */
    static Optional<Stored> stored(Graph quality, String graphIri, Node dataset) {
        String prefix = prefix(graphIri, dataset);
        Node score = NodeFactory.createURI(prefix + TOTAL);
        Optional<Integer> total = value(quality, score);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<QualityIndicator, Integer> shortfalls = new EnumMap<>(QualityIndicator.class);
        for (QualityIndicator indicator : QualityIndicator.values()) {
            value(quality, NodeFactory.createURI(prefix + indicator.localName()))
                    .filter(points -> points < indicator.maxPoints())
                    .ifPresent(points -> shortfalls.put(indicator, points));
        }
        Optional<Node> activity = quality.find(score, PROV.wasGeneratedBy.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject);
        return Optional.of(new Stored(new Measurement(total.get(), shortfalls), activity));
    }

    /** Every triple whose subject is one of {@code dataset}'s measurements in {@code quality}, and the link to them. */
    static List<Triple> storedTriples(Graph quality, Node dataset) {
        List<Triple> out = new ArrayList<>(quality.find(dataset, HAS_QUALITY_MEASUREMENT, Node.ANY).toList());
        quality.find(Node.ANY, COMPUTED_ON, dataset).mapWith(Triple::getSubject).toList()
                .forEach(m -> out.addAll(quality.find(m, Node.ANY, Node.ANY).toList()));
        return out;
    }

    static Optional<Integer> value(Graph quality, Node measurement) {
        return quality.find(measurement, VALUE, Node.ANY).nextOptional().map(t -> integer(t.getObject()));
    }

    /** The metrics and dimensions, with their labels and maximum points: written once in each quality graph. */
    static Graph definitions() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(QUALITY_SCORE, RDF.type.asNode(), METRIC);
        g.add(QUALITY_SCORE, RDFS.label.asNode(), NodeFactory.createLiteralLang("Metadata quality score (MQA-like)", "en"));
        g.add(QUALITY_SCORE, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Score de qualité des métadonnées (à la MQA)", "fr"));
        g.add(QUALITY_SCORE, MAX_POINTS, integer(QualityIndicator.maxScore()));
        for (QualityIndicator.Dimension d : QualityIndicator.Dimension.values()) {
            g.add(dimension(d), RDF.type.asNode(), DIMENSION);
            labels(g, dimension(d), d.labelFr, d.labelEn);
        }
        for (QualityIndicator i : QualityIndicator.values()) {
            Node metric = metric(i);
            g.add(metric, RDF.type.asNode(), METRIC);
            labels(g, metric, i.labelFr, i.labelEn);
            g.add(metric, IN_DIMENSION, dimension(i.dimension()));
            g.add(metric, MAX_POINTS, integer(i.maxPoints()));
        }
        return g;
    }

    private static void labels(Graph g, Node node, String fr, String en) {
        g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(fr, "fr"));
        g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en"));
    }

    static Node metric(QualityIndicator indicator) {
        return hdh("mqa-" + indicator.localName());
    }

    private static Node dimension(QualityIndicator.Dimension d) {
        return hdh("mqa-" + d.name().toLowerCase(Locale.ROOT));
    }

    private static String prefix(String graphIri, Node dataset) {
        return graphIri + "/" + digest(dataset.getURI()) + "/";
    }

    /** 16 hex digits of the SHA-256 of a dataset's IRI: short, stable, and unique enough within a source. */
    static String digest(String iri) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static int integer(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return 0;
        }
        try {
            return Integer.parseInt(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
