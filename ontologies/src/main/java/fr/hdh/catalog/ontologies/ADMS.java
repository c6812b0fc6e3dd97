package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** ADMS terms (status, identifiers, samples). */
public final class ADMS {
    public static final String NS = "http://www.w3.org/ns/adms#";
    public static final String PREFIX = "adms";

    public static final Resource Identifier = ResourceFactory.createResource(NS + "Identifier");
    public static final Property status = ResourceFactory.createProperty(NS + "status");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    public static final Property sample = ResourceFactory.createProperty(NS + "sample");

    private ADMS() {}
}
