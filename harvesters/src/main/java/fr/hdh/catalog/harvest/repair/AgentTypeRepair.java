package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * An untyped publisher, creator or rights holder (or one typed only {@code rdf:Description}) described
 * with a name or a label → a {@code foaf:Agent}; an
 * untyped contact point described with vCard properties → a {@code vcard:Kind}: the classes DCAT-AP gives
 * those properties' values. A value the record does not describe is left (it may be typed elsewhere).
 */
final class AgentTypeRepair implements Repair {
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final Map<Node, Node> RANGES = Map.of(
            DCTerms.publisher.asNode(), FOAF.Agent.asNode(),
            DCTerms.creator.asNode(), FOAF.Agent.asNode(),
            DCTerms.rightsHolder.asNode(), FOAF.Agent.asNode(),
            DCAT.contactPoint.asNode(), NodeFactory.createURI(VCARD + "Kind"));
    private static final Set<Node> AGENT_NAMES = Set.of(FOAF.name.asNode(), NodeFactory.createURI(VCARD + "fn"),
            NodeFactory.createURI(VCARD + "organization-name"), RDFS.label.asNode(), SKOS.prefLabel.asNode());
    /** Types that say nothing of what a resource is (RDF/XML's {@code rdf:Description} written as a type). */
    private static final Set<Node> NO_CLASS = Set.of(NodeFactory.createURI(RDF.getURI() + "Description"), RDFS.Resource.asNode());

    @Override
    public String kind() {
        return "agent-type";
    }

    @Override
    public void apply(String recordIri, Graph content, List<Amendment> log) {
        RANGES.forEach((property, range) -> {
            for (Node value : content.find(Node.ANY, property, Node.ANY).mapWith(Triple::getObject).toSet()) {
                if (value.isLiteral() || typed(content, value) || !named(content, value, range)) {
                    continue;
                }
                Triple typed = Triple.create(value, RDF.type.asNode(), range);
                content.add(typed);
                log.add(Amendment.repair(kind(), recordIri, null, typed, "an untyped " + property.getLocalName()
                        + " with a name, typed as DCAT-AP says"));
            }
        });
    }

    private static boolean typed(Graph content, Node value) {
        return content.find(value, RDF.type.asNode(), Node.ANY).filterDrop(t -> NO_CLASS.contains(t.getObject())).hasNext();
    }

    private static boolean named(Graph content, Node value, Node range) {
        if (range.getURI().startsWith(VCARD)) {
            return content.find(value, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().startsWith(VCARD)).hasNext();
        }
        return AGENT_NAMES.stream().anyMatch(p -> content.contains(value, p, Node.ANY));
    }
}
