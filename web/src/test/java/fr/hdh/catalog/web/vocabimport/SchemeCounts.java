package fr.hdh.catalog.web.vocabimport;

import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/** Counts in a stored scheme graph: concepts, hierarchy links, labels per language. */
record SchemeCounts(Graph g, Node scheme) {
    static SchemeCounts of(Graph g, String scheme) {
        return new SchemeCounts(g, NodeFactory.createURI(scheme));
    }

    int concepts() {
        return g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList().size();
    }

    int broader() {
        return g.find(Node.ANY, SKOS.broader.asNode(), Node.ANY).toList().size();
    }

    int narrower() {
        return g.find(Node.ANY, SKOS.narrower.asNode(), Node.ANY).toList().size();
    }

    int topConcepts() {
        return g.find(Node.ANY, SKOS.topConceptOf.asNode(), scheme).toList().size();
    }

    int hasTop() {
        return g.find(scheme, SKOS.hasTopConcept.asNode(), Node.ANY).toList().size();
    }

    /** Labels of concepts (the scheme's own left out) by {@code property} in {@code lang} ("" for none). */
    int labels(org.apache.jena.rdf.model.Property property, String lang) {
        return (int) g.find(Node.ANY, property.asNode(), Node.ANY).filterDrop(t -> t.getSubject().equals(scheme))
                .mapWith(Triple::getObject).toList().stream()
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().toLowerCase(Locale.ROOT).equals(lang)).count();
    }
}
