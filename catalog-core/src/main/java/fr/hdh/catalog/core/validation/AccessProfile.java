package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.ontologies.ProfileResource;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The three HealthDCAT-AP release 8 profiles, one per access level: a dataset is validated against the
 * shapes of its own {@code dct:accessRights}, because each profile fixes that value.
 */
public enum AccessProfile {
    PUBLIC(ProfileResource.HEALTHDCAT_AP_PUBLIC),
    RESTRICTED(ProfileResource.HEALTHDCAT_AP_RESTRICTED),
    NON_PUBLIC(ProfileResource.HEALTHDCAT_AP_NON_PUBLIC);

    /** The EU access-right authority table. */
    public static final String ACCESS_RIGHT_NS = "http://publications.europa.eu/resource/authority/access-right/";

    private final ProfileResource shapes;

    AccessProfile(ProfileResource shapes) {
        this.shapes = shapes;
    }

    public ProfileResource shapes() {
        return shapes;
    }

    /** The access-right concept this profile requires. */
    public Node accessRight() {
        return NodeFactory.createURI(ACCESS_RIGHT_NS + name());
    }

    /** The profile for an access-right concept, if it is one of the three. */
    public static Optional<AccessProfile> of(Node accessRight) {
        if (accessRight == null || !accessRight.isURI() || !accessRight.getURI().startsWith(ACCESS_RIGHT_NS)) {
            return Optional.empty();
        }
        String code = accessRight.getURI().substring(ACCESS_RIGHT_NS.length());
        for (AccessProfile p : values()) {
            if (p.name().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
