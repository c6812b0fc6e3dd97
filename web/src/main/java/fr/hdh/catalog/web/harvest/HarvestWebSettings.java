package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.net.FetchPolicy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server harvests: the admin token that guards the admin endpoints (none: they answer 403),
 * the folder where the sources file lives (the store's folder), and the fetch policy.
 *
 * @param adminToken the bearer token of the admin endpoints, at least 16 characters, or empty
 * @param sourcesDir the folder of {@code harvest-sources.json}
 * @param fetchPolicy timeouts, retries, caps for every run
 */
public record HarvestWebSettings(Optional<String> adminToken, Path sourcesDir, FetchPolicy fetchPolicy) {
    public HarvestWebSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(sourcesDir, "sourcesDir");
        Objects.requireNonNull(fetchPolicy, "fetchPolicy");
        adminToken = adminToken.map(String::trim).filter(t -> !t.isEmpty());
        if (adminToken.isPresent() && adminToken.get().length() < 16) {
            throw new IllegalArgumentException("The admin token must be at least 16 characters long");
        }
    }

    /** Settings with the default fetch policy; {@code token} may be null (admin endpoints then answer 403). */
    public static HarvestWebSettings of(Path sourcesDir, String token) {
        return new HarvestWebSettings(Optional.ofNullable(token), sourcesDir, FetchPolicy.defaults());
    }
}
