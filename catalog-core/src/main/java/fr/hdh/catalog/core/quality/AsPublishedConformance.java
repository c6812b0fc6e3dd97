package fr.hdh.catalog.core.quality;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;

/**
 * How far a record met the profile as its source published it, for MQA's interoperability dimension
 * (DCAT-AP compliance): in full when the catalogue changed nothing; half the points when values had to be
 * read in their one right reading (repairs); none when values breaking a rule had to be dropped.
 */
public enum AsPublishedConformance {
    CONFORMED(1.0), REPAIRED(0.5), VALUES_DROPPED(0.0);

    private final double share;

    AsPublishedConformance(double share) {
        this.share = share;
    }

    /** The conformance of a record the catalogue changed as {@code amendments} say (none: conformed). */
    public static AsPublishedConformance of(List<Amendment> amendments) {
        if (amendments.stream().anyMatch(a -> a.type() == Amendment.Type.DROP)) {
            return VALUES_DROPPED;
        }
        return amendments.isEmpty() ? CONFORMED : REPAIRED;
    }

    int points(int maxPoints) {
        return (int) Math.round(maxPoints * share);
    }
}
