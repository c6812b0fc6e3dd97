package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.record.RecordVersion;

/** A version as the API shows it. */
public record VersionDto(String id, String record, int version, String state, String author, String at, String message) {
    static VersionDto of(String id, RecordVersion v) {
        return new VersionDto(id, v.recordIri(), v.number(), v.state().key(), v.author(), v.at().toString(),
                v.message().orElse(null));
    }
}
