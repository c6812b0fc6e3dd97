package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Core Vocabularies (m8g) terms used by HealthDCAT-AP for contact points. */
public final class CV {
    public static final String NS = "http://data.europa.eu/m8g/";
    public static final String PREFIX = "cv";

    public static final Resource ContactPoint = ResourceFactory.createResource(NS + "ContactPoint");
    public static final Property contactPoint = ResourceFactory.createProperty(NS + "contactPoint");
    public static final Property email = ResourceFactory.createProperty(NS + "email");
    public static final Property contactPage = ResourceFactory.createProperty(NS + "contactPage");
    public static final Property telephone = ResourceFactory.createProperty(NS + "telephone");

    private CV() {}
}
