package fr.hdh.catalog.core;

import java.util.Objects;

/**
 * Where a record came from and who put it in the catalogue: kept as the record's provenance.
 *
 * @param uri the source document or endpoint (a file URI, a harvested URL, {@code urn:hdh:demo})
 * @param agent who made the change (a harvester, the CLI, an authenticated producer)
 */
public record RecordSource(String uri, String agent) {
    public RecordSource {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(agent, "agent");
    }
}
