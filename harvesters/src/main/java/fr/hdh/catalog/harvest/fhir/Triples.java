package fr.hdh.catalog.harvest.fhir;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the triples of one record; an empty or missing value writes nothing, so an absent FHIR
 * element never becomes an empty literal. Text without a declared language is a plain string: the
 * harvester does not guess languages.
 */
final class Triples {
    static {
        JenaSystem.init();
    }

    private final Graph graph = GraphFactory.createDefaultGraph();

    Graph graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    Triples type(Node subject, Resource type) {
        graph.add(subject, RDF.type.asNode(), type.asNode());
        return this;
    }

    Triples link(Node subject, Property property, Node object) {
        graph.add(subject, property.asNode(), object);
        return this;
    }

    /** A literal in {@code lang}, or a plain string when {@code lang} is empty. */
    Triples text(Node subject, Property property, String text, String lang) {
        if (text != null && !text.isBlank()) {
            graph.add(subject, property.asNode(), lang == null || lang.isEmpty()
                    ? NodeFactory.createLiteralString(text.strip()) : NodeFactory.createLiteralLang(text.strip(), lang));
        }
        return this;
    }

    Triples string(Node subject, Property property, String text) {
        return text(subject, property, text, "");
    }

    Triples typed(Node subject, Property property, String lexical, RDFDatatype datatype) {
        if (lexical != null && !lexical.isBlank()) {
            graph.add(subject, property.asNode(), NodeFactory.createLiteralDT(lexical, datatype));
        }
        return this;
    }
}
