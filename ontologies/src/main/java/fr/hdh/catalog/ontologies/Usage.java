package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The standard terms of the usage model (projects and publications; see hdh/ontology/hdh.ttl): schema.org,
 * CiTO and BIBO, which Jena does not ship. Our own usage terms are in {@link HDH}.
 */
public final class Usage {
    public static final String SCHEMA = "https://schema.org/";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";

    public static final Resource ResearchProject = ResourceFactory.createResource(SCHEMA + "ResearchProject");
    public static final Resource ScholarlyArticle = ResourceFactory.createResource(SCHEMA + "ScholarlyArticle");
    public static final Property sponsor = ResourceFactory.createProperty(SCHEMA + "sponsor");
    public static final Property isPartOf = ResourceFactory.createProperty(SCHEMA + "isPartOf");
    public static final Property citesAsDataSource = ResourceFactory.createProperty(CITO + "citesAsDataSource");
    public static final Property doi = ResourceFactory.createProperty(BIBO + "doi");

    private Usage() {}
}
