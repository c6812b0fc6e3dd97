package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-AP 3 terms that DCAT itself lacks. */
public final class DCATAP {
    public static final String NS = "http://data.europa.eu/r5r/";
    public static final String PREFIX = "dcatap";

    public static final Property applicableLegislation = ResourceFactory.createProperty(NS + "applicableLegislation");
    public static final Property availability = ResourceFactory.createProperty(NS + "availability");

    private DCATAP() {}
}
