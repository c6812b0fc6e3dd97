package fr.hdh.catalog.harvest;

import java.net.URI;

/**
 * Fetches a document over HTTP for a harvester, with the protections every harvest needs (timeouts,
 * retries, size cap, gzip, bounded redirects, refusal of loopback and private addresses unless the
 * source allows them). Harvesters never open connections themselves.
 */
@FunctionalInterface
public interface Fetcher {

    /** The document at {@code uri}, asking for {@code accept}; throws {@link FetchException} when it cannot be had. */
    Fetched fetch(URI uri, String accept);

    /** A fetched document. */
    record Fetched(URI uri, String contentType, byte[] body) {}

    /** A document that could not be fetched: refused address, timeout, HTTP error, too large. */
    class FetchException extends fr.hdh.catalog.core.CatalogException {
        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
