package fr.hdh.catalog.vocab.eu;

import fr.hdh.catalog.core.validation.AccessProfile;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The authority IRIs the catalogue writes: EU Publications Office tables, the ELI of the EHDS
 * regulation and the HealthDCAT-AP authority lists. Every IRI minted here must be described in the
 * bundled files or in {@code authority-supplement.ttl}, so range shapes can check its type.
 *
 * <pre>
 * Node heal = EuAuthority.DATA_THEME_HEALTH;
 * Node annual = EuAuthority.frequency("ANNUAL");
 * Node claims = EuAuthority.healthCategory("HRAD");
 * </pre>
 */
public final class EuAuthority {
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    public static final String DATA_THEME = AUTHORITY + "data-theme/";
    public static final String FREQUENCY = AUTHORITY + "frequency/";
    public static final String COUNTRY = AUTHORITY + "country/";
    public static final String LANGUAGE = AUTHORITY + "language/";
    public static final String FILE_TYPE = AUTHORITY + "file-type/";
    /** The HealthDCAT-AP authority lists kept by DG SANTE (as used in the HealthDCAT-AP release 8 example). */
    public static final String HEALTH_AUTHORITY = "https://hdeu-dcat.data.health.europa.eu/resource/authority/";
    public static final String HEALTH_CATEGORY = HEALTH_AUTHORITY + "healthcategories/";
    public static final String PUBLISHER_TYPE = HEALTH_AUTHORITY + "publisher-type/";

    /** The EU data theme "Health". */
    public static final Node DATA_THEME_HEALTH = NodeFactory.createURI(DATA_THEME + "HEAL");
    /** Regulation (EU) 2025/327 on the European Health Data Space. */
    public static final Node EHDS_REGULATION = NodeFactory.createURI("http://data.europa.eu/eli/reg/2025/327/oj");
    public static final Node FRANCE = country("FRA");
    public static final Node BELGIUM = country("BEL");

    private EuAuthority() {}

    public static Node accessRight(AccessProfile level) {
        return level.accessRight();
    }

    public static Node frequency(String code) {
        return NodeFactory.createURI(FREQUENCY + code);
    }

    public static Node country(String code) {
        return NodeFactory.createURI(COUNTRY + code);
    }

    public static Node healthCategory(String code) {
        return NodeFactory.createURI(HEALTH_CATEGORY + code);
    }

    public static Node publisherType(String code) {
        return NodeFactory.createURI(PUBLISHER_TYPE + code);
    }
}
