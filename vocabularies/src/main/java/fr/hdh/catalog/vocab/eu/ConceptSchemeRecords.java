package fr.hdh.catalog.vocab.eu;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Cuts a vocabulary graph into one record per {@code skos:ConceptScheme}: the scheme's description
 * and that of every concept {@code skos:inScheme} it, named by the scheme's own IRI.
 */
final class ConceptSchemeRecords {
    private ConceptSchemeRecords() {}

    static List<CatalogRecord> cut(Graph vocabularies, RecordSource source) {
        List<CatalogRecord> records = new ArrayList<>();
        List<Node> schemes = vocabularies.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode())
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .toList();
        schemes.sort(Comparator.comparing(Node::getURI));
        for (Node scheme : schemes) {
            records.add(new CatalogRecord(scheme.getURI(), RecordKind.VOCABULARY, content(vocabularies, scheme), source));
        }
        return records;
    }

    private static Graph content(Graph vocabularies, Node scheme) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphDescriptions.copy(vocabularies, scheme, g);
        addTitleIfMissing(g, scheme);
        vocabularies.find(Node.ANY, SKOS.inScheme.asNode(), scheme)
                .mapWith(Triple::getSubject)
                .forEachRemaining(concept -> GraphDescriptions.copy(vocabularies, concept, g));
        return g;
    }

    /**
     * DCAT-AP requires a {@code dct:title} on every concept scheme. The older SKOS-AP-EU files name
     * their schemes with {@code skos:prefLabel} only, and the ADMS file with {@code rdfs:label}; the
     * title is copied from those labels into the record, never into the bundled files.
     */
    private static void addTitleIfMissing(Graph g, Node scheme) {
        if (g.contains(scheme, DCTerms.title.asNode(), Node.ANY)) {
            return;
        }
        label(g, scheme, SKOS.prefLabel.asNode())
                .or(() -> label(g, scheme, RDFS.label.asNode()))
                .ifPresent(title -> g.add(scheme, DCTerms.title.asNode(), title));
    }

    private static Optional<Node> label(Graph g, Node scheme, Node property) {
        List<Node> labels = g.find(scheme, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return labels.stream()
                .filter(l -> l.getLiteralLanguage().equals("en"))
                .findFirst()
                .or(() -> labels.stream().findFirst());
    }
}
