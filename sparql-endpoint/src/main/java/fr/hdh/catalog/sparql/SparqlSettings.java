package fr.hdh.catalog.sparql;

import fr.hdh.catalog.sparql.federation.PartnerEndpoints;
import java.time.Duration;
import java.util.Objects;

/**
 * How the public endpoint protects itself, validated once.
 *
 * @param queryTimeout a query running longer than this is stopped (and the client told so)
 * @param resultCap the most solutions a query returns: a query without {@code LIMIT}, or with a larger
 *                  one, is limited to this and the response says so in {@value PublicQueryProcessor#CAP_HEADER}
 * @param partners the partner endpoints a {@code SERVICE} clause may call (none: every {@code SERVICE} is refused)
 */
public record SparqlSettings(Duration queryTimeout, long resultCap, PartnerEndpoints partners) {
    /** The cap when none is configured: enough for any page of a portal, small enough to stream fast. */
    public static final long DEFAULT_RESULT_CAP = 10_000;

    public SparqlSettings {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(partners, "partners");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive, not " + queryTimeout);
        }
        if (resultCap < 1) {
            throw new IllegalArgumentException("The result cap must be at least 1, not " + resultCap);
        }
    }
}
