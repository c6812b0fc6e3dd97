package fr.hdh.catalog.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every special-purpose range is refused with its reason; public unicast addresses pass. */
class SpecialAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, 0.0.0.0/8",
            "10.1.2.3, 10.0.0.0/8",
            "100.64.0.1, 100.64.0.0/10",
            "127.0.0.2, 127.0.0.0/8",
            "169.254.169.254, 169.254.0.0/16",
            "172.31.255.255, 172.16.0.0/12",
            "192.0.0.170, 192.0.0.0/24",
            "192.0.2.1, 192.0.2.0/24",
            "192.88.99.1, 192.88.99.0/24",
            "192.168.1.1, 192.168.0.0/16",
            "198.18.0.1, 198.18.0.0/15",
            "198.19.255.254, 198.18.0.0/15",
            "198.51.100.7, 198.51.100.0/24",
            "203.0.113.9, 203.0.113.0/24",
            "224.0.0.1, 224.0.0.0/4",
            "240.0.0.1, 240.0.0.0/4",
            "255.255.255.255, 240.0.0.0/4",
            "::ffff:127.0.0.1, 127.0.0.0/8",
            "::ffff:10.0.0.1, 10.0.0.0/8",
            "2001:db8::1, 2001:db8::/32",
            "2001:0:4136:e378::1, 2001::/23",
            "2002:7f00:1::1, 2002::/16",
            "3fff::1, 3fff::/20"})
    void refusesASpecialPurposeAddressNamingItsRange(String address, String range) throws UnknownHostException {
        Optional<String> why = SpecialAddresses.why(InetAddress.getByName(address));
        assertTrue(why.isPresent(), address);
        assertTrue(why.get().startsWith("in " + range), address + ": " + why.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "::127.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1",
            "100::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1"})
    void refusesEveryIpv6FormOutsideGlobalUnicast(String address) throws UnknownHostException {
        Optional<String> why = SpecialAddresses.why(InetAddress.getByName(address));
        assertTrue(why.isPresent() && why.get().startsWith("outside IPv6 global unicast"), address + ": " + why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "198.20.0.1",
            "2606:4700::1111", "2a00:1450:4007::200e", "2001:200::1"})
    void letsPublicUnicastAddressesThrough(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), SpecialAddresses.why(InetAddress.getByName(address)), address);
    }
}
