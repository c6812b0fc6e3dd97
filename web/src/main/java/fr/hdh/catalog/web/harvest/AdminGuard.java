package fr.hdh.catalog.web.harvest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer <token>} of an admin request: 403 when the server has no
 * admin token configured (admin is off), 401 when the header is missing or wrong. Tokens are compared
 * in constant time.
 */
final class AdminGuard {
    private final Optional<byte[]> token;

    AdminGuard(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    void check(String authorization) {
        if (token.isEmpty()) {
            throw refused(Response.Status.FORBIDDEN, "Harvest administration is off: no admin token is configured");
        }
        String given = authorization == null ? "" : authorization.trim();
        boolean bearer = given.regionMatches(true, 0, "Bearer ", 0, 7);
        byte[] presented = bearer ? given.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!bearer || !MessageDigest.isEqual(presented, token.get())) {
            WebApplicationException e = refused(Response.Status.UNAUTHORIZED, "A valid admin token is required (Authorization: Bearer …)");
            e.getResponse().getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hdh-admin\"");
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
