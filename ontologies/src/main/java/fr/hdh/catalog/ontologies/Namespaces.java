package fr.hdh.catalog.ontologies;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/**
 * The prefixes of the application profile, used to write Turtle, to print property names in
 * validation reports ({@code dct:title}) and in the JSON-LD context.
 */
public final class Namespaces {
    private static final PrefixMapping PREFIXES = build();

    private Namespaces() {}

    /** A read-only mapping of every prefix the profile uses. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** {@code http://purl.org/dc/terms/title} → {@code dct:title}; an IRI with no known namespace stays whole. */
    public static String shortForm(String iri) {
        String shortForm = PREFIXES.shortForm(iri);
        return shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
    }

    private static PrefixMapping build() {
        PrefixMappingImpl p = new PrefixMappingImpl();
        p.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        p.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        p.setNsPrefix("dct", "http://purl.org/dc/terms/");
        p.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        p.setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#");
        p.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        p.setNsPrefix("dqv", "http://www.w3.org/ns/dqv#");
        p.setNsPrefix("spdx", "http://spdx.org/rdf/terms#");
        p.setNsPrefix("time", "http://www.w3.org/2006/time#");
        p.setNsPrefix("locn", "http://www.w3.org/ns/locn#");
        p.setNsPrefix("odrl", "http://www.w3.org/ns/odrl/2/");
        p.setNsPrefix(ADMS.PREFIX, ADMS.NS);
        p.setNsPrefix(CSVW.PREFIX, CSVW.NS);
        p.setNsPrefix(CV.PREFIX, CV.NS);
        p.setNsPrefix(DCATAP.PREFIX, DCATAP.NS);
        p.setNsPrefix(DPV.PREFIX, DPV.NS);
        p.setNsPrefix(GEODCATAP.PREFIX, GEODCATAP.NS);
        p.setNsPrefix(HealthDCATAP.PREFIX, HealthDCATAP.NS);
        p.setNsPrefix(PROV.PREFIX, PROV.NS);
        p.setNsPrefix(HDH.PREFIX, HDH.NS);
        p.setNsPrefix("schema", Usage.SCHEMA);
        p.setNsPrefix("cito", Usage.CITO);
        p.setNsPrefix("bibo", Usage.BIBO);
        p.lock();
        return p;
    }
}
