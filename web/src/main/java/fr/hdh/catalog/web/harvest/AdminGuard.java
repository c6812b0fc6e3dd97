package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.web.account.Authenticator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer <token>} of a harvest admin request the way every admin endpoint
 * does ({@link Authenticator#admin}): the server's admin token or the token of a user with the admin role;
 * 401 when the header is missing or names nobody, 403 for a user who is not an administrator. With no admin
 * token configured and no administrator named, harvest administration is off: 403 saying so.
 */
final class AdminGuard {
    private final boolean tokenConfigured;
    private final Authenticator authenticator;

    AdminGuard(Optional<String> token, Accounts accounts) {
        this.tokenConfigured = token.isPresent();
        this.authenticator = new Authenticator(token, accounts);
    }

    void check(String authorization) {
        try {
            authenticator.admin(authorization);
        } catch (WebApplicationException e) {
            if (!tokenConfigured && e.getResponse().getStatus() == Response.Status.UNAUTHORIZED.getStatusCode()) {
                throw refused(Response.Status.FORBIDDEN,
                        "Harvest administration is off: no admin token is configured, and the token names no administrator");
            }
            throw e;
        }
    }

    static WebApplicationException refused(Response.Status status, String detail) {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.valueOf("application/problem+json"))
                .entity(Map.of("status", status.getStatusCode(), "title", status.getReasonPhrase(), "detail", detail))
                .build());
    }
}
