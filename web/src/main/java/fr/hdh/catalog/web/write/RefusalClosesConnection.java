package fr.hdh.catalog.web.write;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * An error answer to a request that carried a body says {@code Connection: close}. Such a body may be
 * left unread — the token is checked before it is read, a syntax error stops the reading — and the
 * server then closes the connection; without the header a keep-alive client sends its next request on
 * that connection and gets no answer at all.
 */
final class RefusalClosesConnection implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (body && response.getStatus() >= 400) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }
}
