package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** A record version as an HTTP entity tag, and the version an {@code If-Match} bases a change on. */
final class VersionTags {
    private VersionTags() {}

    static EntityTag tag(RecordVersion v) {
        return new EntityTag(Integer.toString(v.number()));
    }

    /** The version an {@code If-Match} names; 428 when it is missing, 412 when it names none. */
    static int basedOn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.exception(Response.Status.fromStatusCode(428), "A change needs If-Match: the ETag of the "
                    + "version it is based on (GET the record first)");
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw Problems.exception(Response.Status.PRECONDITION_FAILED, "If-Match " + ifMatch + " names no version of this record");
        }
    }
}
