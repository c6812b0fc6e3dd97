package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** GeoDCAT-AP terms reused by HealthDCAT-AP (custodian). */
public final class GEODCATAP {
    public static final String NS = "http://data.europa.eu/930/";
    public static final String PREFIX = "geodcatap";

    public static final Property custodian = ResourceFactory.createProperty(NS + "custodian");

    private GEODCATAP() {}
}
