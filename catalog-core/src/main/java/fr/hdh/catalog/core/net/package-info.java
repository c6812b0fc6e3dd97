/**
 * The one door for every request the server sends out: harvest fetches, open samples, SPARQL
 * {@code SERVICE} calls to allow-listed partner endpoints, JSON-LD contexts. {@link
 * fr.hdh.catalog.core.net.HttpFetcher} (Apache HttpClient 5) applies a {@link
 * fr.hdh.catalog.core.net.FetchPolicy}: connect timeout, an overall deadline per response (headers and
 * body: a server that drips is cut off), retries with exponential back-off on 5xx and I/O errors, a
 * cap on the body size (also after gzip), at most a few redirects, each re-checked, no proxy, cookies
 * or credentials. Addresses: a host is resolved once by {@link fr.hdh.catalog.core.net.VettedResolver},
 * every address it resolves to must be public ({@link fr.hdh.catalog.core.net.SpecialAddresses}: no
 * loopback, private, link-local, CGNAT, benchmarking, documentation, multicast, reserved, broadcast,
 * nor IPv6 forms carrying IPv4 — IPv4-compatible, mapped, NAT64, 6to4), and the connection goes to
 * those very addresses, so a DNS answer that changes after the check (DNS rebinding) is never used.
 * Allow-listed hosts skip the address check.
 *
 * <pre>
 * try (HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1")))) {
 *     Fetcher.Fetched page = fetcher.fetch(URI.create("http://127.0.0.1:8080/catalog"), "text/turtle");
 * }
 * </pre>
 */
package fr.hdh.catalog.core.net;
