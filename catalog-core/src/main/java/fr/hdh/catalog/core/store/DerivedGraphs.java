package fr.hdh.catalog.core.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The store inside one write transaction, as the writer of a derived graph sees it: every graph read as it
 * stands (what this transaction wrote included), derived graphs changed triple by triple. A derived graph
 * that follows records (their quality measurements, say) changes a few triples per record this way, where
 * rewriting it whole would read and compare all of it. Handed out by {@link StoreWriter#derivedGraphs()};
 * valid until the transaction ends.
 */
public final class DerivedGraphs {
    private final DatasetGraph dsg;

    DerivedGraphs(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The graph named {@code iri} as it stands, read-only (empty when there is none). */
    public Graph read(String iri) {
        return new GraphReadOnly(dsg.getGraph(NodeFactory.createURI(iri)));
    }

    /** The quads that match, across the named graphs ({@code Node.ANY} matches any). */
    public Iterator<Quad> find(Node graph, Node subject, Node predicate, Node object) {
        return dsg.find(graph, subject, predicate, object);
    }

    public void add(String graphIri, Triple triple) {
        dsg.add(NodeFactory.createURI(graphIri), triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    public void delete(String graphIri, Triple triple) {
        dsg.delete(NodeFactory.createURI(graphIri), triple.getSubject(), triple.getPredicate(), triple.getObject());
    }
}
