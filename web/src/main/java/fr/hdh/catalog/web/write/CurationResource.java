package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.DatasetWorkflow;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/curation/due}: published records their producer has neither changed nor confirmed for
 * a year, oldest first — the curators' re-certification list. Curators and admins only.
 */
@Path("curation")
@Produces(MediaType.APPLICATION_JSON)
public final class CurationResource {
    static final Duration CERTIFICATION = Duration.ofDays(365);

    @Inject
    Authenticator authenticator;
    @Inject
    Catalog catalog;

    /** One record due for re-certification. */
    public record DueDto(String id, String record, int publishedVersion, String lastCertified) {}

    @GET
    @Path("due")
    public List<DueDto> due(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        User caller = authenticator.caller(authorization);
        if (!caller.role().curates()) {
            throw Problems.exception(Response.Status.FORBIDDEN, caller.name() + " is not a curator");
        }
        DatasetIds ids = new DatasetIds(catalog.iris().base());
        List<DatasetWorkflow.Certification> due = catalog.workflow().due(Instant.now().minus(CERTIFICATION));
        return due.stream().map(c -> new DueDto(ids.id(c.recordIri()), c.recordIri(), c.publishedVersion(),
                c.lastCertified().toString())).toList();
    }
}
