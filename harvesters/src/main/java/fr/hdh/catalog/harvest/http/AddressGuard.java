package fr.hdh.catalog.harvest.http;

import fr.hdh.catalog.harvest.Fetcher.FetchException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a harvest must not reach: schemes other than http(s), and hosts any of whose addresses
 * is loopback, link-local (cloud metadata services live there), private (RFC 1918, IPv6 unique
 * local), carrier-grade NAT, the wildcard or multicast, unless the host is allow-listed.
 */
final class AddressGuard {
    private final FetchPolicy policy;

    AddressGuard(FetchPolicy policy) {
        this.policy = policy;
    }

    /** Throws when {@code uri} may not be fetched; checks every address its host resolves to. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": only http and https URLs can be harvested", null);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(uri + ": the URL has no host", null);
        }
        if (policy.allows(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(uri + ": unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (restricted(address)) {
                throw new FetchException(uri + ": refused, " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (allow-list the host to harvest it)", null);
            }
        }
    }

    static boolean restricted(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;   // fc00::/7, unique local addresses
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128);   // 0/8, 100.64/10 (CGNAT)
    }
}
