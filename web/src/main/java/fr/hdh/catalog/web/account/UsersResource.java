package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;

/**
 * Users and tokens while the server runs (the CLI's {@code hdh user} does the same when it is stopped):
 * {@code POST /api/users} adds a user and answers its first token, once; {@code GET /api/users} lists
 * them; {@code POST /api/users/{name}/tokens} issues another token; {@code DELETE .../tokens} revokes
 * them all. Administrators only; the token is checked before
 * the body is read.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {
    @Inject
    Authenticator authenticator;
    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) throws IOException {
        User admin = authenticator.admin(authorization);
        NewUser request = JsonBodies.read(body, NewUser.class);
        List<String> organisations = request.organisations() == null ? List.of() : request.organisations();
        if (organisations.stream().anyMatch(java.util.Objects::isNull)) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "\"organisations\" holds null: give the IRI of each "
                    + "organisation's record");
        }
        User user;
        try {
            user = new User(request.name(), Role.named(request.role()), new HashSet<>(organisations));
        } catch (IllegalArgumentException e) {
            throw Problems.exception(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (user.name().equals(User.ADMINISTRATOR.name())) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The user name '" + user.name() + "' is the server "
                    + "administrator's (the admin token): choose another, so the audit log tells them apart");
        }
        // Accounts.add checks what a producer's organisations must be (400 through CatalogExceptionMapper).
        Accounts.Issued issued = accounts.add(user, admin.name());
        return Response.created(URI.create("users/" + user.name())).entity(UserDto.of(user, issued.token())).build();
    }

    @GET
    public List<UserDto> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authenticator.admin(authorization);
        return accounts.list().stream().map(u -> UserDto.of(u, null)).toList();
    }

    @POST
    @Path("{name}/tokens")
    public UserDto issue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("name") String name) {
        User admin = authenticator.admin(authorization);
        User user = accounts.find(name).orElseThrow(() -> new Accounts.UnknownUserException(name));
        return UserDto.of(user, accounts.issueToken(name, admin.name()));
    }

    @DELETE
    @Path("{name}/tokens")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("name") String name) {
        User admin = authenticator.admin(authorization);
        accounts.revokeTokens(name, admin.name());
        return Response.noContent().build();
    }
}
