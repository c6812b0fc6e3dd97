package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.NamedQuery;
import fr.hdh.catalog.ontologies.PROV;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Loads of whole sources (the demo content) as PROV activities, one graph each, so a second start can
 * tell from the graph itself that the same source was already loaded.
 */
final class SourceRuns {
    private SourceRuns() {}

    static boolean loaded(CatalogStore store, String sourceIri, String fingerprint) {
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                .query(NamedQuery.SOURCE_LOADED.query())
                .substitution("source", NodeFactory.createURI(sourceIri))
                .substitution("fingerprint", NodeFactory.createLiteralString(fingerprint))
                .build()) {
            return exec.ask();
        }
    }

    static Graph activity(String sourceIri, String fingerprint, String label, ChangeSummary summary, Instant at) {
        Graph g = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI(sourceIri);
        g.add(run, RDF.type.asNode(), PROV.Activity.asNode());
        g.add(run, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en"));
        g.add(run, HDH.contentHash.asNode(), NodeFactory.createLiteralString(fingerprint));
        g.add(run, PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime));
        g.add(run, RDFS.comment.asNode(), NodeFactory.createLiteralLang(summary.toString(), "en"));
        return g;
    }
}
