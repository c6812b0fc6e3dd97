package fr.hdh.catalog.web.harvest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Checks the admin token of every {@link AdminOnly} endpoint before Jersey reads the request body: a
 * parameter of the method (the JSON of a source) is deserialised only when the method is called, so
 * an unauthenticated client gets its 401 (or 403) without the server parsing a byte it sent.
 */
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
final class AdminTokenFilter implements ContainerRequestFilter {
    private final AdminGuard guard;

    AdminTokenFilter(AdminGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            guard.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (WebApplicationException refused) {
            // Answered before the body is read: the connection cannot carry another request, so say it closes
            // (a client reusing it would find it gone).
            request.abortWith(Response.fromResponse(refused.getResponse()).header("Connection", "close").build());
        }
    }
}
