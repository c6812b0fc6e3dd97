package fr.hdh.catalog.core.net;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How carefully the server fetches: timeouts, retries, the largest body accepted, how many redirects
 * are followed, and which hosts may be reached although they are loopback or private. Immutable;
 * checked when built.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout the overall deadline of one response, headers and body together: a server that
 *                    sends slowly is cut off then, however steadily it drips
 * @param retries how many times a 5xx answer or an I/O error is retried (0 = try once)
 * @param backoff the wait before the first retry; doubled before each further one
 * @param maxBytes the largest body accepted, counted after gzip is undone
 * @param maxRedirects how many redirects are followed before giving up
 * @param allowedHosts host names or literal addresses that may be loopback or private (lower case)
 * @param userAgent sent with every request
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, int retries, Duration backoff,
                          long maxBytes, int maxRedirects, Set<String> allowedHosts, String userAgent) {
    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (retries < 0 || maxRedirects < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("retries and redirects must be >= 0 and the size cap > 0");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        Set<String> hosts = new HashSet<>();
        allowedHosts.forEach(h -> hosts.add(normalise(h)));
        allowedHosts = Set.copyOf(hosts);
    }

    /** 10 s to connect, 60 s for a whole response, 3 retries from 500 ms, 64 MiB, 5 redirects, no private host. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(500),
                64L * 1024 * 1024, 5, Set.of(), "hdh-catalog/0.1 (+https://w3id.org/hdh-catalog)");
    }

    /** The same policy, also allowing {@code hosts} to be loopback or private. */
    public FetchPolicy allowing(Set<String> hosts) {
        Set<String> all = new HashSet<>(allowedHosts);
        all.addAll(hosts);
        return new FetchPolicy(connectTimeout, readTimeout, retries, backoff, maxBytes, maxRedirects, all, userAgent);
    }

    /** The same policy with other retry settings (tests use a short back-off). */
    public FetchPolicy withRetries(int newRetries, Duration newBackoff) {
        return new FetchPolicy(connectTimeout, readTimeout, newRetries, newBackoff, maxBytes, maxRedirects, allowedHosts, userAgent);
    }

    /** The same policy with another size cap. */
    public FetchPolicy withMaxBytes(long newMaxBytes) {
        return new FetchPolicy(connectTimeout, readTimeout, retries, backoff, newMaxBytes, maxRedirects, allowedHosts, userAgent);
    }

    /** The same policy with another overall deadline per response. */
    public FetchPolicy withReadTimeout(Duration newReadTimeout) {
        return new FetchPolicy(connectTimeout, newReadTimeout, retries, backoff, maxBytes, maxRedirects, allowedHosts, userAgent);
    }

    /** True when {@code host} was allow-listed. */
    public boolean allows(String host) {
        return allowedHosts.contains(normalise(host));
    }

    private static String normalise(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
