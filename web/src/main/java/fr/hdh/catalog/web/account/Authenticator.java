package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who is calling: {@code Authorization: Bearer <token>} names the server's administrator (the admin token
 * from {@code HDH_ADMIN_TOKEN}, compared in constant time) or a user (one of its API tokens). No header,
 * or a token nobody holds, is a 401 with {@code WWW-Authenticate}; the caller's rights are checked by the
 * services, which answer 403.
 */
public final class Authenticator {
    private final Optional<byte[]> adminToken;
    private final Accounts accounts;

    public Authenticator(Optional<String> adminToken, Accounts accounts) {
        this.adminToken = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.accounts = accounts;
    }

    /** The caller named by {@code authorization}; throws a 401 when there is none. */
    public User caller(String authorization) {
        String token = bearer(authorization).orElseThrow(() -> unauthorized("This endpoint needs a token: "
                + "Authorization: Bearer <token>"));
        return byToken(token).orElseThrow(() -> unauthorized("The token is not valid (unknown or revoked)"));
    }

    /**
     * The user {@code token} names — the administrator for the admin token, else the holder of that API token —
     * if anyone holds it: what a bearer header and the web forms' sign-in both resolve through.
     */
    public Optional<User> byToken(String token) {
        if (adminToken.isPresent() && MessageDigest.isEqual(adminToken.get(), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(User.ADMINISTRATOR);
        }
        return accounts.authenticate(token);
    }

    /** The caller, who must be the administrator; throws 401 or 403. */
    public User admin(String authorization) {
        User caller = caller(authorization);
        if (caller.role() != fr.hdh.catalog.core.account.Role.ADMIN) {
            throw Problems.exception(Response.Status.FORBIDDEN, caller.name() + " is not an administrator");
        }
        return caller;
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String given = authorization.trim();
        if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = given.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static WebApplicationException unauthorized(String detail) {
        Response r = Response.fromResponse(Problems.response(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hdh\"").build();
        return new WebApplicationException(detail, r);
    }
}
