package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.ADMS;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.PROV;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The provenance each record graph carries about itself, as a DCAT catalogue record:
 * <pre>
 * &lt;R#record&gt; a dcat:CatalogRecord ; foaf:primaryTopic &lt;R&gt; ;
 *     dct:issued "…" ; dct:modified "…" ;            # first and last write
 *     prov:wasDerivedFrom &lt;source&gt; ; prov:wasAttributedTo &lt;agent&gt; ;
 *     hdh:contentHash "sha-256 of the content" ;
 *     adms:status &lt;http://purl.org/adms/status/Completed&gt; .   # or …/Withdrawn
 * </pre>
 * Content and provenance are told apart by subject: everything about {@code <R#record>} is provenance.
 */
public final class RecordProvenance {
    public static final Node STATUS_COMPLETED = NodeFactory.createURI("http://purl.org/adms/status/Completed");
    public static final Node STATUS_WITHDRAWN = NodeFactory.createURI("http://purl.org/adms/status/Withdrawn");

    private RecordProvenance() {}

    /** The catalogue-record node of record {@code iri}. */
    public static Node recordNode(String iri) {
        return NodeFactory.createURI(iri + (iri.contains("#") ? "-record" : "#record"));
    }

    /** The content of a stored record graph: everything but its provenance. */
    public static Graph content(String iri, Graph stored) {
        Node record = recordNode(iri);
        Graph content = GraphFactory.createDefaultGraph();
        stored.find().filterDrop(t -> t.getSubject().equals(record)).forEachRemaining(content::add);
        return content;
    }

    /** Adds provenance to {@code graph}. */
    public static void add(Graph graph, String iri, RecordSource source, Node agent, String hash,
                           Instant issued, Instant modified, Node status) {
        Node r = recordNode(iri);
        graph.add(r, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        graph.add(r, FOAF.primaryTopic.asNode(), NodeFactory.createURI(iri));
        graph.add(r, DCTerms.issued.asNode(), dateTime(issued));
        graph.add(r, DCTerms.modified.asNode(), dateTime(modified));
        graph.add(r, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(source.uri()));
        graph.add(r, PROV.wasAttributedTo.asNode(), agent);
        graph.add(r, HDH.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        graph.add(r, ADMS.status.asNode(), status);
    }

    public static Optional<String> hash(String iri, Graph stored) {
        return stored.find(recordNode(iri), HDH.contentHash.asNode(), Node.ANY)
                .nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }

    public static Optional<Instant> issued(String iri, Graph stored) {
        return stored.find(recordNode(iri), DCTerms.issued.asNode(), Node.ANY)
                .nextOptional().map(t -> Instant.parse(t.getObject().getLiteralLexicalForm()));
    }

    public static boolean withdrawn(String iri, Graph stored) {
        return stored.contains(recordNode(iri), ADMS.status.asNode(), STATUS_WITHDRAWN);
    }

    /**
     * Record IRI to content hash for every live record of {@code dsg} (neither withdrawn nor without
     * provenance): two scans of the predicate index, not two look-ups per graph. Call inside a read
     * transaction.
     */
    public static Map<String, String> liveHashes(DatasetGraph dsg) {
        Map<String, String> hashes = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, HDH.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (aboutItsGraph(q)) {
                hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
            }
        });
        dsg.find(Node.ANY, Node.ANY, ADMS.status.asNode(), STATUS_WITHDRAWN).forEachRemaining(q -> {
            if (aboutItsGraph(q)) {
                hashes.remove(q.getGraph().getURI());
            }
        });
        return hashes;
    }

    /** True when the quad's subject is the catalogue-record node of the graph it sits in. */
    private static boolean aboutItsGraph(Quad q) {
        return q.getGraph().isURI() && q.getSubject().equals(recordNode(q.getGraph().getURI()));
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
