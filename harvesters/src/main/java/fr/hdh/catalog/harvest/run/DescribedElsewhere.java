package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.Amendment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * A resource of a record (a distribution, a contact point with an IRI) that a record of another source
 * already describes is left to that record: this run keeps the link to it and drops its own description,
 * each statement listed. Two catalogues describing one distribution IRI differently would otherwise be
 * served as one resource with both sets of values (two sizes, two titles) and break the profile's
 * cardinalities; the first description stands, as the first source keeps a record both give.
 * What a record mints under its own IRI ({@code <dataset>/table/T}) is always its own.
 */
final class DescribedElsewhere {
    static final String KIND = "described by another source's record";

    private DescribedElsewhere() {}

    /** Drops from {@code records} the descriptions other sources' records hold; what was dropped, by record IRI. */
    static Map<String, List<Amendment>> leaveToOthers(CatalogStore store, Set<String> sourceRecords, List<CatalogRecord> records) {
        return store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Map<String, List<Amendment>> dropped = new LinkedHashMap<>();
            for (CatalogRecord r : records) {
                for (Node s : r.content().find().mapWith(Triple::getSubject).filterKeep(n -> ownedElsewhere(n, r, dsg, sourceRecords)).toSet()) {
                    String other = describer(dsg, s, r, sourceRecords).orElseThrow();
                    for (Triple t : r.content().find(s, Node.ANY, Node.ANY).toList()) {
                        r.content().delete(t);
                        dropped.computeIfAbsent(r.iri(), k -> new ArrayList<>())
                                .add(Amendment.drop(KIND, r.iri(), t, "<" + other + "> describes it"));
                    }
                }
            }
            return dropped;
        });
    }

    private static boolean ownedElsewhere(Node s, CatalogRecord r, DatasetGraph dsg, Set<String> sourceRecords) {
        if (!s.isURI() || s.getURI().equals(r.iri()) || s.getURI().startsWith(r.iri() + "/") || s.getURI().startsWith(r.iri() + "#")) {
            return false;
        }
        return describer(dsg, s, r, sourceRecords).isPresent();
    }

    /** A record's graph holds its catalogue record; derived graphs (runs, quality) do not. */
    private static boolean isRecord(DatasetGraph dsg, Node graph) {
        return dsg.contains(graph, RecordProvenance.recordNode(graph.getURI()), RDF.type.asNode(), DCAT.CatalogRecord.asNode());
    }

    /** A record graph, of another record not of this source, describing {@code s}. */
    private static Optional<String> describer(DatasetGraph dsg, Node s, CatalogRecord r, Set<String> sourceRecords) {
        Iterator<Quad> quads = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Quad q = quads.next();
            String graph = q.getGraph().getURI();
            if (!graph.equals(r.iri()) && !sourceRecords.contains(graph) && isRecord(dsg, q.getGraph())) {
                Iter.close(quads);
                return Optional.of(graph);
            }
        }
        return Optional.empty();
    }
}
