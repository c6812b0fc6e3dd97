package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The catalogue's own terms, used only where no standard term exists; defined with French and English labels in hdh/ontology/hdh.ttl. */
public final class HDH {
    public static final String NS = "https://w3id.org/hdh-catalog/ns#";
    public static final String PREFIX = "hdh";

    public static final Property codeList = ResourceFactory.createProperty(NS + "codeList");
    public static final Property catalogueEntry = ResourceFactory.createProperty(NS + "catalogueEntry");
    public static final Property fieldLength = ResourceFactory.createProperty(NS + "fieldLength");
    public static final Property businessRule = ResourceFactory.createProperty(NS + "businessRule");
    public static final Property contentHash = ResourceFactory.createProperty(NS + "contentHash");

    // Usage: projects of the public register (see the comment in hdh.ttl).
    public static final Property requestedDataset = ResourceFactory.createProperty(NS + "requestedDataset");
    public static final Property projectStatus = ResourceFactory.createProperty(NS + "projectStatus");
    public static final Property sponsorType = ResourceFactory.createProperty(NS + "sponsorType");
    public static final Property dataDelivered = ResourceFactory.createProperty(NS + "dataDelivered");
    public static final Property involvesLinkage = ResourceFactory.createProperty(NS + "involvesLinkage");
    public static final Property supportedByHub = ResourceFactory.createProperty(NS + "supportedByHub");

    private HDH() {}
}
