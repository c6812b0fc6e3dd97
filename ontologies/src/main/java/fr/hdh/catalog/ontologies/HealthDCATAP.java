package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** HealthDCAT-AP release 8 terms (namespace as published; the EHDS namespace is not yet minted). */
public final class HealthDCATAP {
    public static final String NS = "http://healthdataportal.eu/ns/health#";
    public static final String PREFIX = "healthdcatap";

    public static final Property hasVariables = ResourceFactory.createProperty(NS + "hasVariables");
    public static final Property hasCodingSystem = ResourceFactory.createProperty(NS + "hasCodingSystem");
    public static final Property hasCodeValues = ResourceFactory.createProperty(NS + "hasCodeValues");
    public static final Property healthCategory = ResourceFactory.createProperty(NS + "healthCategory");
    public static final Property healthTheme = ResourceFactory.createProperty(NS + "healthTheme");
    public static final Property numberOfRecords = ResourceFactory.createProperty(NS + "numberOfRecords");
    public static final Property numberOfUniqueIndividuals = ResourceFactory.createProperty(NS + "numberOfUniqueIndividuals");
    public static final Property populationCoverage = ResourceFactory.createProperty(NS + "populationCoverage");
    public static final Property minTypicalAge = ResourceFactory.createProperty(NS + "minTypicalAge");
    public static final Property maxTypicalAge = ResourceFactory.createProperty(NS + "maxTypicalAge");
    public static final Property hdab = ResourceFactory.createProperty(NS + "hdab");
    public static final Property hdabCoordinator = ResourceFactory.createProperty(NS + "hdabCoordinator");
    public static final Property hasStructuredData = ResourceFactory.createProperty(NS + "hasStructuredData");
    public static final Property analytics = ResourceFactory.createProperty(NS + "analytics");
    public static final Property retentionPeriod = ResourceFactory.createProperty(NS + "retentionPeriod");
    public static final Property publisherNote = ResourceFactory.createProperty(NS + "publisherNote");
    public static final Property publisherType = ResourceFactory.createProperty(NS + "publisherType");
    public static final Property trustedDataHolder = ResourceFactory.createProperty(NS + "trustedDataHolder");

    private HealthDCATAP() {}
}
