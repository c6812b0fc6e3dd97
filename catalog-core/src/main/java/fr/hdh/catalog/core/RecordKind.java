package fr.hdh.catalog.core;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a record describes. The kind follows from the rdf:type of the record's main resource, so a
 * record read from any RDF file can be recognised; {@link #rootTypes()} lists the types that make a
 * resource a record of its own rather than a part of another record.
 */
public enum RecordKind {
    CATALOG(DCAT.Catalog.asNode()),
    /** A dataset, or a DCAT 3 dataset series (a dataset made of the datasets {@code dcat:inSeries} it). */
    DATASET(DCAT.Dataset.asNode(), NodeFactory.createURI(DCAT.NS + "DatasetSeries")),
    DATA_SERVICE(DCAT.DataService.asNode()),
    PRODUCER(FOAF.Organization.asNode(), FOAF.Agent.asNode()),
    VOCABULARY(SKOS.ConceptScheme.asNode()),
    STANDARD(DCTerms.Standard.asNode()),
    /** A project of the public register of processings (who used which data, for what). */
    PROJECT(FOAF.Project.asNode()),
    /**
     * A publication that used catalogued data. Its root type is schema:ScholarlyArticle, not foaf:Document,
     * which DCAT-AP files give to landing pages and documentation that are no records of their own.
     */
    PUBLICATION(NodeFactory.createURI("https://schema.org/ScholarlyArticle")),
    /** An SSSOM mapping set: mappings between concepts, or from variables to standard targets, with their review. */
    MAPPING_SET(NodeFactory.createURI("https://w3id.org/sssom/MappingSet"));

    private final Node[] types;

    RecordKind(Node... types) {
        this.types = types;
    }

    /** The rdf:types whose instances are records of this kind. */
    public Node[] types() {
        return types.clone();
    }

    /** The kind whose root types include {@code type}, if any. */
    public static Optional<RecordKind> ofType(Node type) {
        for (RecordKind kind : values()) {
            for (Node t : kind.types) {
                if (t.equals(type)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
