package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.net.FetchPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server harvests: the admin token that guards the admin endpoints (none: they answer 403),
 * the folder where the sources file lives (the store's folder), the fetch policy, and the one folder
 * whose files the admin API may add as sources (none: the API adds http(s) URLs only).
 *
 * @param adminToken the bearer token of the admin endpoints, at least 16 characters, or empty
 * @param sourcesDir the folder of {@code harvest-sources.json}
 * @param fetchPolicy timeouts, retries, caps for every run
 * @param harvestFilesDir the existing folder under which {@code POST /api/harvest/sources} may name files or
 *                        folders, or empty when the API may name none
 */
public record HarvestWebSettings(Optional<String> adminToken, Path sourcesDir, FetchPolicy fetchPolicy,
                                 Optional<Path> harvestFilesDir) {
    public HarvestWebSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(sourcesDir, "sourcesDir");
        Objects.requireNonNull(fetchPolicy, "fetchPolicy");
        Objects.requireNonNull(harvestFilesDir, "harvestFilesDir");
        adminToken = adminToken.map(String::trim).filter(t -> !t.isEmpty());
        if (adminToken.isPresent() && adminToken.get().length() < 16) {
            throw new IllegalArgumentException("The admin token must be at least 16 characters long");
        }
        harvestFilesDir = harvestFilesDir.map(d -> d.toAbsolutePath().normalize());
        harvestFilesDir.filter(d -> !Files.isDirectory(d)).ifPresent(d -> {
            throw new IllegalArgumentException("The harvest files folder is not a folder: " + d);
        });
    }

    /** Settings with the default fetch policy and no harvest files folder; {@code token} may be null (admin endpoints then answer 403). */
    public static HarvestWebSettings of(Path sourcesDir, String token) {
        return new HarvestWebSettings(Optional.ofNullable(token), sourcesDir, FetchPolicy.defaults(), Optional.empty());
    }

    /** The same settings letting the admin API add the files and folders under {@code folder}. */
    public HarvestWebSettings withHarvestFilesDir(Path folder) {
        return new HarvestWebSettings(adminToken, sourcesDir, fetchPolicy, Optional.of(folder));
    }
}
