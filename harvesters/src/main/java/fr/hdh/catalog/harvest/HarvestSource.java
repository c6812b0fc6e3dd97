package fr.hdh.catalog.harvest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A configured source: what to harvest, from where, how often.
 *
 * @param id a short stable name ({@code snds-dictionary}, {@code data-gouv}); records harvested from it are tied to it
 * @param type which harvester reads it
 * @param location a file, a folder or an http(s) URL
 * @param interval how often the server harvests it, or empty for on demand only
 * @param allowedHosts loopback or private hosts this source may reach (refused otherwise)
 */
public record HarvestSource(String id, SourceType type, String location, Optional<Duration> interval,
                            Set<String> allowedHosts) {
    public HarvestSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(interval, "interval");
        allowedHosts = Set.copyOf(allowedHosts);
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("A source id is 1-64 letters, digits, '.', '_' or '-': " + id);
        }
    }

    /** True when the location is a URL rather than a file or folder. */
    public boolean remote() {
        return location.startsWith("http://") || location.startsWith("https://");
    }
}
