package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Data Privacy Vocabulary terms used by HealthDCAT-AP (purpose, legal basis). */
public final class DPV {
    public static final String NS = "https://w3id.org/dpv#";
    public static final String PREFIX = "dpv";

    public static final Property hasLegalBasis = ResourceFactory.createProperty(NS + "hasLegalBasis");
    public static final Property hasPurpose = ResourceFactory.createProperty(NS + "hasPurpose");
    public static final Property hasPersonalData = ResourceFactory.createProperty(NS + "hasPersonalData");
    public static final Resource LegalBasis = ResourceFactory.createResource(NS + "LegalBasis");
    public static final Resource Purpose = ResourceFactory.createResource(NS + "Purpose");

    private DPV() {}
}
