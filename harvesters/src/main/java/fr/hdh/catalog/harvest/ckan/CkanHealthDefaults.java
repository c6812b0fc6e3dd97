package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Choices that are ours, not the source's, for a health dataset (one that uses a HealthDCAT-AP field or
 * whose access is RESTRICTED or NON_PUBLIC), where HealthDCAT-AP requires what ckanext-dcat's schema
 * has no field for — the same choices the catalogue's other harvesters make:
 * <ul>
 * <li>{@code healthdcatap:hasStructuredData} is the {@code has_structured_data} field when given, else
 * false (no variable dictionary comes with a CKAN package; reading the data schemas adds it).</li>
 * <li>A distribution without its own {@code dcatap:applicableLegislation} takes the dataset's.</li>
 * <li>A dataset left with no distribution (none given, or none with a URL) gets one whose access URL
 * is its landing page, else its page on the portal, where access to it is requested.</li>
 * </ul>
 */
final class CkanHealthDefaults {
    private static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

    private final CkanGraph out;

    CkanHealthDefaults(CkanGraph out) {
        this.out = out;
    }

    void apply(Node d, CkanFields p, String portalPage) {
        if (!isHealth(d)) {
            return;
        }
        String given = p.text("has_structured_data").toLowerCase(java.util.Locale.ROOT);
        out.typed(d, HEALTH_HAS_STRUCTURED_DATA, given.equals("true") ? "true" : "false", XSDDatatype.XSDboolean);
        if (!out.g.contains(d, DCAT.distribution.asNode(), Node.ANY)) {
            Node dist = NodeFactory.createBlankNode();
            out.add(d, DCAT.distribution.asNode(), dist);
            out.type(dist, DCAT.Distribution.asNode());
            out.literal(dist, DCTerms.title.asNode(), "Access request");
            Node page = CkanGraph.iri(p.text("url")).orElseGet(() -> NodeFactory.createURI(portalPage));
            out.add(dist, DCAT.accessURL.asNode(), page);
        }
        List<Node> legislation = out.g.find(d, DCATAP_APPLICABLE_LEGISLATION, Node.ANY).mapWith(Triple::getObject).toList();
        List<Node> distributions = out.g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), DCAT.Distribution.asNode())
                .mapWith(Triple::getSubject).toList();
        for (Node dist : distributions) {
            if (!out.g.contains(dist, DCATAP_APPLICABLE_LEGISLATION, Node.ANY)) {
                legislation.forEach(l -> out.add(dist, DCATAP_APPLICABLE_LEGISLATION, l));
            }
        }
    }

    private boolean isHealth(Node d) {
        boolean healthTerm = out.g.find(d, Node.ANY, Node.ANY)
                .filterKeep(t -> t.getPredicate().getURI().startsWith(HealthDCATAP.NS)).hasNext();
        boolean sensitive = out.g.contains(d, DCTerms.accessRights.asNode(), NodeFactory.createURI(ACCESS_RIGHT + "RESTRICTED"))
                || out.g.contains(d, DCTerms.accessRights.asNode(), NodeFactory.createURI(ACCESS_RIGHT + "NON_PUBLIC"));
        return healthTerm || sensitive;
    }
}
