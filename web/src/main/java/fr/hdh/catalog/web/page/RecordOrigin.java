package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.ontologies.PROV;
import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.Link;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Where a harvested record came from, read from its own provenance: the document or page it was read
 * from (a link when it is a web address; a file of the server by its name only, its folders are nobody's
 * business), the harvest source, and when a harvest last changed it.
 */
final class RecordOrigin {
    private static final String HARVEST_AGENT = "/agent/harvest-";

    private RecordOrigin() {}

    static Optional<DatasetView.Origin> of(Graph graph, String recordIri, LocalLinks links) {
        Node record = RecordProvenance.recordNode(recordIri);
        Optional<String> agent = object(graph, record, PROV.wasAttributedTo.asNode()).filter(Node::isURI).map(Node::getURI)
                .filter(a -> a.contains(HARVEST_AGENT));
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        String sourceId = agent.get().substring(agent.get().indexOf(HARVEST_AGENT) + HARVEST_AGENT.length());
        Link document = object(graph, record, PROV.wasDerivedFrom.asNode()).filter(Node::isURI).map(Node::getURI)
                .map(uri -> uri.startsWith("file:") ? Link.text(uri.substring(uri.lastIndexOf('/') + 1)) : links.link(uri, uri))
                .orElse(Link.text(""));
        String changed = object(graph, record, DCTerms.modified.asNode()).filter(Node::isLiteral)
                .map(n -> n.getLiteralLexicalForm().replaceFirst("T(\\d{2}:\\d{2}).*", " $1 UTC")).orElse("");
        return Optional.of(new DatasetView.Origin(sourceId, document, changed));
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }
}
