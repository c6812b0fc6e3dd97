package fr.hdh.catalog.core.net;

import java.net.URI;

/**
 * The one door for the server's outgoing requests: harvest fetches, open samples, SPARQL {@code SERVICE}
 * calls to partner endpoints, JSON-LD contexts. Every implementation applies the protections of a
 * {@link FetchPolicy} (timeouts and an overall deadline per response, retries, a size cap also after
 * gzip, bounded redirects re-checked at each hop, refusal of non-public addresses unless allow-listed).
 * Nothing else in the catalogue opens a connection.
 */
@FunctionalInterface
public interface Fetcher {

    /** The document at {@code uri}, asking for {@code accept}; throws {@link FetchException} when it cannot be had. */
    Fetched fetch(URI uri, String accept);

    /**
     * The answer to a POST of {@code body} (of media type {@code contentType}) to {@code uri}. Redirects
     * are not followed and nothing is retried: a POST may not be safe to repeat. A fetcher that only
     * reads documents (a test double serving files) refuses it.
     */
    default Fetched post(URI uri, String contentType, byte[] body, String accept) {
        throw new FetchException(uri + ": this fetcher only reads documents", null);
    }

    /** A fetched document. */
    record Fetched(URI uri, String contentType, byte[] body) {}

    /** A document that could not be fetched: refused address, timeout, HTTP error, too large. */
    class FetchException extends fr.hdh.catalog.core.CatalogException {
        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
