package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A licence, rights statement, access rights, standard or provenance given as free text
 * ({@code dct:license "Licence Ouverte Version 1.0"}) → a resource of the class DCAT-AP gives the
 * property, labelled with that text, as ckanext-dcat reads such fields: the text is what the publisher
 * says of the resource, nothing is guessed. Text that is a link is read by the link repair first.
 */
final class StatementRepair implements Repair {
    private static final Map<Node, Node> RANGES = Map.of(
            DCTerms.license.asNode(), DCTerms.LicenseDocument.asNode(),
            DCTerms.rights.asNode(), DCTerms.RightsStatement.asNode(),
            DCTerms.accessRights.asNode(), DCTerms.RightsStatement.asNode(),
            DCTerms.conformsTo.asNode(), DCTerms.Standard.asNode(),
            DCTerms.provenance.asNode(), DCTerms.ProvenanceStatement.asNode());

    @Override
    public String kind() {
        return "text-as-resource";
    }

    @Override
    public void apply(String recordIri, Graph content, List<Amendment> log) {
        RANGES.forEach((property, range) -> {
            for (Triple t : content.find(Node.ANY, property, Node.ANY).toList()) {
                if (ValueRepair.text(t.getObject()).filter(s -> !s.isBlank()).isEmpty()) {
                    continue;
                }
                Node statement = NodeFactory.createBlankNode();
                Triple link = Triple.create(t.getSubject(), property, statement);
                content.delete(t);
                content.add(link);
                content.add(statement, RDF.type.asNode(), range);
                content.add(statement, RDFS.label.asNode(), t.getObject());
                log.add(Amendment.repair(kind(), recordIri, t, link, "free text read as a " + range.getLocalName() + " labelled with it"));
            }
        });
    }
}
