package fr.hdh.catalog.vocab.eu;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The classes every concept of an EU authority table has, for the tables the catalogue does not bundle
 * whole (licences, access rights, dataset types, corporate bodies, places…): {@code …/licence/CC_BY_4_0}
 * is a {@code dct:LicenseDocument} because every member of the licence table is one. Partners point to
 * these concepts without describing them (and their descriptions are dropped when they do); DCAT-AP's
 * range checks need the class. Only an IRI shaped like a code of its table ({@code [A-Z0-9_-]+}) is
 * described, and only when the bundled files do not describe it already.
 */
final class AuthorityTableTypes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Map<String, List<Node>> TABLE_CLASSES = Map.ofEntries(
            Map.entry("licence", List.of(CONCEPT, DCTerms.LicenseDocument.asNode())),
            Map.entry("access-right", List.of(CONCEPT, DCTerms.RightsStatement.asNode())),
            Map.entry("dataset-type", List.of(CONCEPT)),
            Map.entry("distribution-status", List.of(CONCEPT)),
            Map.entry("planned-availability", List.of(CONCEPT)),
            Map.entry("dataset-status", List.of(CONCEPT)),
            Map.entry("corporate-body", List.of(CONCEPT, FOAF.Agent.asNode())),
            Map.entry("atu", List.of(CONCEPT, DCTerms.Location.asNode())),
            Map.entry("place", List.of(CONCEPT, DCTerms.Location.asNode())),
            Map.entry("country", List.of(CONCEPT, DCTerms.Location.asNode())),
            Map.entry("continent", List.of(CONCEPT, DCTerms.Location.asNode())),
            Map.entry("language", List.of(CONCEPT, DCTerms.LinguisticSystem.asNode())),
            Map.entry("frequency", List.of(CONCEPT, DCTerms.Frequency.asNode())),
            Map.entry("file-type", List.of(CONCEPT, NodeFactory.createURI(DCTerms.NS + "MediaTypeOrExtent"))),
            Map.entry("data-theme", List.of(CONCEPT)));

    private AuthorityTableTypes() {}

    /** Adds the table's classes and scheme of {@code resource} to {@code sink} when it is a code of a known table. */
    static void describeInto(Node resource, Graph sink) {
        if (!resource.isURI() || !resource.getURI().startsWith(EuAuthority.AUTHORITY)) {
            return;
        }
        String rest = resource.getURI().substring(EuAuthority.AUTHORITY.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return;
        }
        List<Node> classes = TABLE_CLASSES.get(rest.substring(0, slash));
        if (classes == null || !CODE.matcher(rest.substring(slash + 1)).matches()) {
            return;
        }
        classes.forEach(c -> sink.add(resource, RDF.type.asNode(), c));
        sink.add(resource, SKOS.inScheme.asNode(), NodeFactory.createURI(EuAuthority.AUTHORITY + rest.substring(0, slash)));
    }
}
