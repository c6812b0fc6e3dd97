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

    private HDH() {}
}
