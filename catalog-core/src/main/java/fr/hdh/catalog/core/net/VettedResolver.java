package fr.hdh.catalog.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The name resolution of every connection the door opens: a host is resolved once, every address it
 * resolves to is vetted ({@link SpecialAddresses}), and the connection goes to those very addresses —
 * there is no second look-up between the check and the connection for a DNS answer to change (DNS
 * rebinding). Allow-listed hosts skip the vetting.
 */
final class VettedResolver implements DnsResolver {
    /** How names become addresses; {@code InetAddress::getAllByName} outside tests. */
    @FunctionalInterface
    interface HostLookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** A connection refused because its host is, or resolves to, a non-public address. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    private final FetchPolicy policy;
    private final HostLookup lookup;

    VettedResolver(FetchPolicy policy, HostLookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = lookup.addresses(bare);
        if (policy.allows(bare)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            Optional<String> why = SpecialAddresses.why(address);
            if (why.isPresent()) {
                String verb = address.getHostAddress().equalsIgnoreCase(bare) ? " is" : " resolves to";
                throw new RefusedAddressException("refused, " + host + verb + " the non-public address "
                        + address.getHostAddress() + " (" + why.get() + "); allow-list the host to reach it");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host;
    }
}
