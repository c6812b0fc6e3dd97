package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * A type spelt with the wrong case ({@code foaf:agent}, {@code dcat:dataset}, {@code vcard:organization})
 * → the DCAT-AP class of that name: no vocabulary DCAT-AP uses defines two terms that differ only by case.
 */
final class ClassNameRepair implements Repair {
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final Map<String, Node> BY_LOWER_CASE = byLowerCase(Stream.of(
            DCAT + "Catalog", DCAT + "CatalogRecord", DCAT + "Dataset", DCAT + "DatasetSeries", DCAT + "Distribution",
            DCAT + "DataService", DCAT + "Relationship", DCAT + "Role",
            FOAF + "Agent", FOAF + "Organization", FOAF + "Person", FOAF + "Document",
            DCT + "LicenseDocument", DCT + "Location", DCT + "PeriodOfTime", DCT + "RightsStatement", DCT + "Standard",
            DCT + "MediaType", DCT + "MediaTypeOrExtent", DCT + "LinguisticSystem", DCT + "Frequency",
            DCT + "ProvenanceStatement",
            VCARD + "Kind", VCARD + "Organization", VCARD + "Individual", VCARD + "Address",
            "http://www.w3.org/2004/02/skos/core#Concept", "http://www.w3.org/2004/02/skos/core#ConceptScheme",
            "http://spdx.org/rdf/terms#Checksum", "http://www.w3.org/ns/adms#Identifier"));

    @Override
    public String kind() {
        return "class-name";
    }

    @Override
    public void apply(String recordIri, Graph content, List<Amendment> log) {
        for (Triple t : content.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            Node type = t.getObject();
            if (!type.isURI()) {
                continue;
            }
            Node right = BY_LOWER_CASE.get(type.getURI().toLowerCase(Locale.ROOT));
            if (right != null && !right.equals(type)) {
                Triple fixed = Triple.create(t.getSubject(), t.getPredicate(), right);
                content.delete(t);
                content.add(fixed);
                log.add(Amendment.repair(kind(), recordIri, t, fixed, "a class name spelt with the wrong case"));
            }
        }
    }

    private static Map<String, Node> byLowerCase(Stream<String> classes) {
        Map<String, Node> map = new HashMap<>();
        classes.forEach(c -> map.put(c.toLowerCase(Locale.ROOT), NodeFactory.createURI(c)));
        return Map.copyOf(map);
    }
}
