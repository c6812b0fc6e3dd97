package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.harvest.HarvestSource;
import java.util.List;

/**
 * The JSON shape of a source, in and out of the admin API.
 *
 * @param interval an ISO-8601 duration ({@code PT6H}) or null for on demand
 */
public record SourceDto(String id, String type, String location, String interval, List<String> allowedHosts) {
    static SourceDto of(HarvestSource s) {
        return new SourceDto(s.id(), s.type().cliName(), s.location(), s.interval().map(Object::toString).orElse(null),
                s.allowedHosts().stream().sorted().toList());
    }
}
