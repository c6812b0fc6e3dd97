package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.harvest.HarvestSource;
import java.util.List;

/**
 * The JSON shape of a source, in and out of the admin API. Out, a local source shows by its file name
 * only ({@link PublicLocation}).
 *
 * @param location in: an http(s) URL, or a file or folder in the harvest files folder (its path relative
 *                 to that folder, or absolute inside it)
 * @param interval an ISO-8601 duration ({@code PT6H}) or null for on demand
 */
public record SourceDto(String id, String type, String location, String interval, List<String> allowedHosts) {
    static SourceDto of(HarvestSource s) {
        return new SourceDto(s.id(), s.type().cliName(), PublicLocation.shown(s.location()),
                s.interval().map(Object::toString).orElse(null), s.allowedHosts().stream().sorted().toList());
    }
}
