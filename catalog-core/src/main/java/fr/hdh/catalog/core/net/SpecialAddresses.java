package fr.hdh.catalog.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a request from the server must never reach unless allow-listed: everything that is
 * not a public unicast address (IANA's special-purpose registries, RFC 6890 and its updates). For IPv6
 * only global unicast ({@code 2000::/3}) can be public, which rules out at once the loopback, the
 * IPv4-compatible ({@code ::/96}) and IPv4-mapped forms, NAT64 ({@code 64:ff9b::/96},
 * {@code 64:ff9b:1::/48}), unique local, link-local and multicast; inside {@code 2000::/3} the
 * protocol-assignment, 6to4 and documentation blocks are refused too, since they carry or stand for
 * other addresses.
 */
public final class SpecialAddresses {
    /** A refused block with why it is special. */
    record Block(byte[] prefix, int bits, String cidr, String meaning) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0/8", "'this network'"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local (cloud metadata services)"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "IETF protocol assignments"),
            block("192.0.2.0/24", "documentation (TEST-NET-1)"),
            block("192.88.99.0/24", "6to4 relay anycast"),
            block("192.168.0.0/16", "private"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation (TEST-NET-2)"),
            block("203.0.113.0/24", "documentation (TEST-NET-3)"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved, and the limited broadcast 255.255.255.255"));

    private static final Block GLOBAL_UNICAST = block("2000::/3", "global unicast");

    private static final List<Block> IPV6_INSIDE_GLOBAL = List.of(
            block("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID)"),
            block("2001:db8::/32", "documentation"),
            block("2002::/16", "6to4"),
            block("3fff::/20", "documentation"));

    private SpecialAddresses() {}

    /** Why {@code address} may not be reached, or empty when it is a public unicast address. */
    public static Optional<String> why(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().filter(b -> b.contains(bytes)).findFirst().map(SpecialAddresses::describe);
        }
        if (address instanceof Inet6Address) {
            if (!GLOBAL_UNICAST.contains(bytes)) {
                return Optional.of("outside IPv6 global unicast 2000::/3 (loopback, IPv4-compatible or -mapped, "
                        + "NAT64, unique local, link-local, multicast or reserved)");
            }
            return IPV6_INSIDE_GLOBAL.stream().filter(b -> b.contains(bytes)).findFirst().map(SpecialAddresses::describe);
        }
        return Optional.of("not an IP address");
    }

    private static String describe(Block block) {
        return "in " + block.cidr() + ", " + block.meaning();
    }

    private static Block block(String cidr, String meaning) {
        int slash = cidr.indexOf('/');
        try {
            // Literal addresses only: no name is looked up here.
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), cidr, meaning);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(cidr, e);
        }
    }
}
