package fr.hdh.catalog.core.validation;

import java.util.Optional;

/**
 * The shapes a dataset is held to. Health datasets follow HealthDCAT-AP release 8 at their access level
 * (each level is its own profile, because each fixes {@code dct:accessRights}); generic datasets
 * harvested from other portals (a German or Swedish open-data portal, say) follow DCAT-AP 3.0.0, which
 * is what their publishers promise, so the catalogue can take them without inventing health metadata.
 * Our own shapes apply to both; {@code hdh-health-shapes.ttl} only to health datasets.
 */
public enum ValidationProfile {
    DCAT_AP(null),
    HEALTH_PUBLIC(AccessProfile.PUBLIC),
    HEALTH_RESTRICTED(AccessProfile.RESTRICTED),
    HEALTH_NON_PUBLIC(AccessProfile.NON_PUBLIC);

    private final AccessProfile healthLevel;

    ValidationProfile(AccessProfile healthLevel) {
        this.healthLevel = healthLevel;
    }

    /** The HealthDCAT-AP access level, empty for plain DCAT-AP. */
    public Optional<AccessProfile> healthLevel() {
        return Optional.ofNullable(healthLevel);
    }

    /** The health profile of an access level. */
    public static ValidationProfile health(AccessProfile level) {
        return switch (level) {
            case PUBLIC -> HEALTH_PUBLIC;
            case RESTRICTED -> HEALTH_RESTRICTED;
            case NON_PUBLIC -> HEALTH_NON_PUBLIC;
        };
    }

    /** A label for reports: which specifications the record was checked against. */
    public String describe() {
        return healthLevel == null
                ? "DCAT-AP 3.0.0 + hdh"
                : "DCAT-AP 3.0.0 + HealthDCAT-AP r8 " + healthLevel.name() + " + hdh";
    }
}
