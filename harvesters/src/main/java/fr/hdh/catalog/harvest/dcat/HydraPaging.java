package fr.hdh.catalog.harvest.dcat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Hydra paging of a catalogue listing: the next page is the {@code hydra:next} of the page's
 * {@code hydra:PartialCollectionView} (or the deprecated {@code hydra:nextPage}); the paging triples
 * themselves describe pages, not datasets, and are dropped before the page is cut into records.
 */
final class HydraPaging {
    static final String NS = "http://www.w3.org/ns/hydra/core#";
    private static final Node NEXT = NodeFactory.createURI(NS + "next");
    private static final Node NEXT_PAGE = NodeFactory.createURI(NS + "nextPage");
    private static final Node VIEW = NodeFactory.createURI(NS + "PartialCollectionView");

    private HydraPaging() {}

    /** The next page after {@code page}, if the page names one. */
    static Optional<URI> next(Graph page) {
        Optional<Node> fromView = page.find(Node.ANY, RDF.type.asNode(), VIEW)
                .mapWith(t -> page.find(t.getSubject(), NEXT, Node.ANY).nextOptional())
                .filterKeep(Optional::isPresent).mapWith(o -> o.get().getObject()).nextOptional();
        Optional<Node> next = fromView
                .or(() -> page.find(Node.ANY, NEXT, Node.ANY).nextOptional().map(Triple::getObject))
                .or(() -> page.find(Node.ANY, NEXT_PAGE, Node.ANY).nextOptional().map(Triple::getObject));
        return next.filter(Node::isURI).map(n -> URI.create(n.getURI()));
    }

    /** Removes every Hydra triple and everything said about the page views. */
    static void strip(Graph page) {
        Set<Node> views = new HashSet<>();
        page.find(Node.ANY, RDF.type.asNode(), VIEW).forEachRemaining(t -> views.add(t.getSubject()));
        List<Triple> drop = page.find()
                .filterKeep(t -> hydra(t.getPredicate()) || hydra(t.getObject()) || views.contains(t.getSubject()))
                .toList();
        drop.forEach(page::delete);
    }

    private static boolean hydra(Node n) {
        return n.isURI() && n.getURI().startsWith(NS);
    }
}
