package fr.hdh.catalog.ontologies;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URL;

/**
 * The files of the application profile held on the classpath: the official shapes exactly as
 * published, our own shapes and terms, the JSON-LD context. Each constant knows its resource path and
 * the public IRI it stands for, so loaders never reach the network.
 */
public enum ProfileResource {
    DCAT_AP_3_0_0_SHAPES("hdh/shapes/official/dcat-ap/3.0.0/html/shacl/shapes.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.0/html/shacl/shapes.ttl"),
    DCAT_AP_3_0_0_RANGE("hdh/shapes/official/dcat-ap/3.0.0/html/shacl/range.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.0/html/shacl/range.ttl"),
    DCAT_AP_3_0_0_RECOMMENDED("hdh/shapes/official/dcat-ap/3.0.0/html/shacl/shapes_recommended.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.0/html/shacl/shapes_recommended.ttl"),
    DCAT_AP_3_0_1_SHAPES("hdh/shapes/official/dcat-ap/3.0.1/html/shacl/shapes.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/html/shacl/shapes.ttl"),
    DCAT_AP_3_0_1_RANGE("hdh/shapes/official/dcat-ap/3.0.1/html/shacl/range.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/html/shacl/range.ttl"),
    DCAT_AP_3_0_1_GENERATED_SHAPES("hdh/shapes/official/dcat-ap/3.0.1/shacl/dcat-ap-SHACL.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/shacl/dcat-ap-SHACL.ttl"),
    DCAT_AP_3_0_1_GENERATED_RANGES("hdh/shapes/official/dcat-ap/3.0.1/shacl/ranges.ttl",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/shacl/ranges.ttl"),
    HEALTHDCAT_AP_PUBLIC("hdh/shapes/official/healthdcat-ap/release-8/shacl/public-shapes.ttl",
            "https://code.europa.eu/healthdataeu/healthdcat-ap/shapes/public-shapes.ttl"),
    HEALTHDCAT_AP_RESTRICTED("hdh/shapes/official/healthdcat-ap/release-8/shacl/restricted-shapes.ttl",
            "https://code.europa.eu/healthdataeu/healthdcat-ap/shapes/restricted-shapes.ttl"),
    HEALTHDCAT_AP_NON_PUBLIC("hdh/shapes/official/healthdcat-ap/release-8/shacl/non-public-shapes.ttl",
            "https://code.europa.eu/healthdataeu/healthdcat-ap/shapes/non-public-shapes.ttl"),
    HDH_SHAPES("hdh/shapes/hdh-shapes.ttl", HDH.NS + "shapes"),
    HDH_HEALTH_SHAPES("hdh/shapes/hdh-health-shapes.ttl", HDH.NS + "health-shapes"),
    HDH_ONTOLOGY("hdh/ontology/hdh.ttl", HDH.NS),
    VOCABULARY_SUBCLASSES("hdh/ontology/vocabulary-subclasses.ttl", HDH.NS + "vocabulary-subclasses"),
    HDH_CONTEXT("hdh/context/hdh.jsonld", HDH.NS + "context");

    private final String path;
    private final String publicIri;

    ProfileResource(String path, String publicIri) {
        this.path = path;
        this.publicIri = publicIri;
    }

    /** The classpath location. */
    public String path() {
        return path;
    }

    /** The IRI under which the file is published upstream; used as the parse base. */
    public String publicIri() {
        return publicIri;
    }

    public URL url() {
        URL url = ProfileResource.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("Profile resource missing from the classpath: " + path);
        }
        return url;
    }

    public InputStream open() {
        try {
            return url().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read profile resource " + path, e);
        }
    }
}
