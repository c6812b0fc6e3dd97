package fr.hdh.catalog.ontologies;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** CSV on the Web terms used for the HealthDCAT-AP variable dictionary (table groups, tables, columns, keys). */
public final class CSVW {
    public static final String NS = "http://www.w3.org/ns/csvw#";
    public static final String PREFIX = "csvw";

    public static final Resource TableGroup = ResourceFactory.createResource(NS + "TableGroup");
    public static final Resource Table = ResourceFactory.createResource(NS + "Table");
    public static final Resource Column = ResourceFactory.createResource(NS + "Column");
    public static final Resource ForeignKey = ResourceFactory.createResource(NS + "ForeignKey");
    public static final Resource TableReference = ResourceFactory.createResource(NS + "TableReference");
    public static final Resource Schema = ResourceFactory.createResource(NS + "Schema");
    public static final Property table = ResourceFactory.createProperty(NS + "table");
    public static final Property column = ResourceFactory.createProperty(NS + "column");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property datatype = ResourceFactory.createProperty(NS + "datatype");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property foreignKey = ResourceFactory.createProperty(NS + "foreignKey");
    public static final Property columnReference = ResourceFactory.createProperty(NS + "columnReference");
    public static final Property reference = ResourceFactory.createProperty(NS + "reference");
    public static final Property resource = ResourceFactory.createProperty(NS + "resource");
    public static final Property primaryKey = ResourceFactory.createProperty(NS + "primaryKey");
    public static final Property propertyUrl = ResourceFactory.createProperty(NS + "propertyUrl");
    public static final Property required = ResourceFactory.createProperty(NS + "required");
    public static final Property tableSchema = ResourceFactory.createProperty(NS + "tableSchema");

    private CSVW() {}
}
