package fr.hdh.catalog.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * An error answer to a request that carried a body says {@code Connection: close}, and the rest of the
 * body is read (and dropped) before the answer is written. Such a body may be left unread — the token is
 * checked before it is read, a syntax error stops the reading. Closing a connection that still holds
 * unread bytes makes the operating system reset it, and a client still sending its body then loses the
 * answer with the connection; read to its end, the body lets the answer reach the client before the
 * close. What {@link fr.hdh.catalog.web.server.RequestBodyLimit} lets through is at most its limit; a
 * body that cannot be read further (already closed, or past the limit) is left, and the header still
 * tells a keep-alive client not to send its next request on this connection.
 */
public final class RefusalClosesConnection implements ContainerResponseFilter {
    /** A bound of its own, in case no body limit stands in front: the default body limit and some. */
    private static final long MOST_BYTES_DRAINED = 16L * 1024 * 1024;

    /** Adds the filter to the API once, whichever module that takes bodies comes first. */
    public static void registerIn(ResourceConfig api) {
        if (!api.isRegistered(RefusalClosesConnection.class)) {
            api.register(RefusalClosesConnection.class);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (body && response.getStatus() >= 400) {
            response.getHeaders().putSingle("Connection", "close");
            drain(request);
        }
    }

    private static void drain(ContainerRequestContext request) {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            // Jersey refuses to hand out a stream the resource read to its end and closed.
            InputStream unread = request.getEntityStream();
            for (int n; unread != null && drained < MOST_BYTES_DRAINED && (n = unread.read(buffer)) >= 0; ) {
                drained += n;
            }
        } catch (IOException | RuntimeException unreadable) {
            // Closed by the reader that refused it, or past the body limit: the close is all that is left.
        }
    }
}
