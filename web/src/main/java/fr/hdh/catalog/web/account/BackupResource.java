package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.backup.CatalogBackup;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code POST /api/admin/backup}: the whole catalogue as {@code hdh backup} writes it (gzip-compressed
 * N-Quads of the public store and the workspace, with its manifest), streamed while the server runs —
 * each store read in one transaction, writers going on meanwhile. Administrators only: the file holds
 * drafts and the token key. {@code hdh backup} uses it when the server holds the store.
 */
@Path("admin/backup")
public final class BackupResource {
    static final String GZIP = "application/gzip";

    @Inject
    Authenticator authenticator;
    @Inject
    Catalog catalog;

    @POST
    @Produces(GZIP)
    public Response backup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authenticator.admin(authorization);
        StreamingOutput body = out -> new CatalogBackup(catalog).writeTo(out);
        return Response.ok(body, GZIP).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"catalogue.nq.gz\"").build();
    }
}
