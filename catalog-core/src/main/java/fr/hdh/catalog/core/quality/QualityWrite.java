package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.DerivedGraphs;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * One write transaction of quality: the records given are measured again as they stand, each dataset's
 * former measurement (in whichever quality graph) is taken out of its graph and its tally, the new one put
 * in its source's graph and tally. Only the triples that differ are written.
 */
final class QualityWrite {
    private final DerivedGraphs store;
    private final CatalogIris iris;
    private final Function<String, Optional<String>> activityOfAgent;
    private final Function<String, AsPublishedConformance> conformance;
    private final Map<String, QualityTally> tallies = new LinkedHashMap<>();
    private final Set<String> defined = new HashSet<>();

    QualityWrite(DerivedGraphs store, CatalogIris iris, Function<String, Optional<String>> activityOfAgent,
                 Function<String, AsPublishedConformance> conformance) {
        this.conformance = conformance;
        this.store = store;
        this.iris = iris;
        this.activityOfAgent = activityOfAgent;
    }

    /**
     * Measures record {@code iri} again; {@code committed} is its graph as a commit wrote it, used when the
     * store still holds that very version (else the store's is read). Returns the datasets measured.
     */
    int record(String iri, Graph committed) {
        Graph stored = store.read(iri);
        Graph content = committed != null && sameVersion(iri, committed, stored) ? committed : stored;
        Node dataset = NodeFactory.createURI(iri);
        Map<String, Set<Triple>> formerTriples = new LinkedHashMap<>();
        Optional<QualityGraph.Stored> former = takeOut(dataset, formerTriples);
        Optional<String> agent = QualitySources.agent(iris, iri, content);
        String graphIri = null;
        Set<Triple> measured = Set.of();
        if (content.contains(dataset, RDF.type.asNode(), DCAT.Dataset.asNode()) && agent.isPresent()
                && !RecordProvenance.withdrawn(iri, content)) {
            graphIri = QualityGraph.iri(iris, QualitySources.of(agent.get(), iri, content));
            QualityGraph.Measurement m = QualityGraph.measure(content, dataset, conformance.apply(iri));
            Node activity = activityOfAgent.apply(agent.get()).map(NodeFactory::createURI).orElse(null);
            if (former.isPresent() && former.get().measurement().equals(m)) {
                activity = former.get().activity().orElse(activity); // the same results keep the activity that found them first
            }
            tally(graphIri).add(m, 1);
            define(graphIri);
            measured = new HashSet<>(QualityGraph.triples(graphIri, dataset, m, activity));
        }
        // Only what differs is written: a dataset measured again with the same results costs no write.
        for (Map.Entry<String, Set<Triple>> e : formerTriples.entrySet()) {
            boolean same = e.getKey().equals(graphIri);
            Set<Triple> keep = measured;
            e.getValue().stream().filter(t -> !same || !keep.contains(t)).forEach(t -> store.delete(e.getKey(), t));
        }
        Set<Triple> before = graphIri == null ? Set.of() : formerTriples.getOrDefault(graphIri, Set.of());
        String target = graphIri;
        measured.stream().filter(t -> !before.contains(t)).forEach(t -> store.add(target, t));
        return graphIri == null ? 0 : 1;
    }

    /**
     * The measurement of {@code dataset} as the quality graphs hold it, taken out of their tallies; its
     * triples, per graph, go into {@code triples}.
     */
    private Optional<QualityGraph.Stored> takeOut(Node dataset, Map<String, Set<Triple>> triples) {
        Optional<QualityGraph.Stored> former = Optional.empty();
        List<Quad> links = iterate(store.find(Node.ANY, dataset, QualityTerms.HAS_QUALITY_MEASUREMENT, Node.ANY));
        for (Node graphNode : links.stream().map(Quad::getGraph).distinct().toList()) {
            String graphIri = graphNode.getURI();
            Graph quality = store.read(graphIri);
            QualityTally tally = tally(graphIri);
            Optional<QualityGraph.Stored> stored = QualityGraph.stored(quality, graphIri, dataset);
            stored.ifPresent(s -> tally.add(s.measurement(), -1));
            former = former.or(() -> stored);
            triples.put(graphIri, new HashSet<>(QualityGraph.storedTriples(quality, dataset)));
        }
        return former;
    }

    /** Writes the tallies that changed. */
    void finish() {
        tallies.forEach((graphIri, tally) -> {
            List<Triple> now = tally.triples();
            Set<Triple> next = new HashSet<>(now);
            Set<Triple> before = new HashSet<>(tally.stored());
            before.stream().filter(t -> !next.contains(t)).forEach(t -> store.delete(graphIri, t));
            now.stream().filter(t -> !before.contains(t)).forEach(t -> store.add(graphIri, t));
        });
    }

    /** The tally of graph {@code graphIri}: as stored, or counted from its measurements when it has none yet. */
    QualityTally tally(String graphIri) {
        return tallies.computeIfAbsent(graphIri, g -> {
            Graph quality = store.read(g);
            return QualityTally.present(quality, g) ? QualityTally.read(quality, g) : QualityTally.recount(quality, g);
        });
    }

    private void define(String graphIri) {
        if (defined.add(graphIri) && !store.read(graphIri).contains(QualityTerms.QUALITY_SCORE, RDF.type.asNode(), QualityTerms.METRIC)) {
            QualityGraph.definitions().find().forEachRemaining(t -> store.add(graphIri, t));
        }
    }

    /** True when {@code stored} is the version {@code committed} holds: same content hash and status. */
    private static boolean sameVersion(String iri, Graph committed, Graph stored) {
        return RecordProvenance.hash(iri, committed).isPresent()
                && Objects.equals(RecordProvenance.hash(iri, committed), RecordProvenance.hash(iri, stored))
                && RecordProvenance.withdrawn(iri, committed) == RecordProvenance.withdrawn(iri, stored);
    }

    private static <T> List<T> iterate(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
