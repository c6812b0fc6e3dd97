package fr.hdh.catalog.harvest.catalogue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Writes the triples of one record, skipping empty values so an empty CSV cell never becomes an empty literal. */
final class RecordGraph {
    private final Graph graph = GraphFactory.createDefaultGraph();

    Graph graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    RecordGraph type(Node subject, Resource... types) {
        for (Resource type : types) {
            graph.add(subject, RDF.type.asNode(), type.asNode());
        }
        return this;
    }

    RecordGraph link(Node subject, Property property, Node object) {
        graph.add(subject, property.asNode(), object);
        return this;
    }

    /** A language-tagged literal, when {@code text} is not empty. */
    RecordGraph text(Node subject, Property property, String text, String lang) {
        if (!text.isEmpty()) {
            graph.add(subject, property.asNode(), NodeFactory.createLiteralLang(text, lang));
        }
        return this;
    }

    /** A plain string literal, when {@code text} is not empty. */
    RecordGraph string(Node subject, Property property, String text) {
        if (!text.isEmpty()) {
            graph.add(subject, property.asNode(), NodeFactory.createLiteralString(text));
        }
        return this;
    }

    RecordGraph typed(Node subject, Property property, Node literal) {
        graph.add(subject, property.asNode(), literal);
        return this;
    }
}
