package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.record.AuditEntry;
import fr.hdh.catalog.core.record.Workspace;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/audit?offset=&limit=}: the audit log, newest first, for administrators ({@code limit} at most 1,000). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
    /** One audit entry as the API shows it. */
    public record AuditDto(long sequence, String at, String actor, String action, String subject, Integer version,
                           String from, String to) {
        static AuditDto of(AuditEntry e) {
            return new AuditDto(e.sequence(), e.at().toString(), e.actor(), e.action(), e.subject(),
                    e.version().orElse(null), e.from().orElse(null), e.to().orElse(null));
        }
    }

    @Inject
    Authenticator authenticator;
    @Inject
    Workspace workspace;

    @GET
    public List<AuditDto> audit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("100") int limit) {
        authenticator.admin(authorization);
        return workspace.audit(Math.max(0, offset), Math.max(1, Math.min(limit, 1000))).stream().map(AuditDto::of).toList();
    }
}
