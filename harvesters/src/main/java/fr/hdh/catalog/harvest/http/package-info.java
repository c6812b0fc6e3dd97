/**
 * The {@link fr.hdh.catalog.harvest.Fetcher} harvesters read remote documents with, on
 * {@code java.net.http}: connect and read timeouts, retries with exponential back-off on 5xx and I/O
 * errors, a cap on the body size (also after gzip), at most a few redirects, each one re-checked, and
 * refusal of loopback, link-local, private and multicast addresses unless the host is allow-listed
 * ({@link fr.hdh.catalog.harvest.http.AddressGuard}). Every address a host resolves to is checked, so
 * a public name pointing at a private address is refused too.
 *
 * <pre>
 * Fetcher fetcher = new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1")));
 * Fetcher.Fetched page = fetcher.fetch(URI.create("http://127.0.0.1:8080/catalog"), "text/turtle");
 * </pre>
 *
 * <p>Limit: {@code java.net.http} resolves the host again when it connects, so a name whose DNS answer
 * changes between the check and the connection (DNS rebinding) is not caught; literal addresses and
 * stable names are.
 */
package fr.hdh.catalog.harvest.http;
