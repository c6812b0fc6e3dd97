package fr.hdh.catalog.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.net.Fetcher.FetchException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the door refuses never gets a connection: a listener on loopback counts every TCP connection
 * it accepts, and the refused forms of its address (numeric spellings, IPv6 wrappings, names,
 * rebinding names) leave the count at zero.
 */
class OutboundRefusalTest {
    LoopbackListener listener;
    HttpFetcher strict;

    @BeforeEach
    void start() throws IOException {
        listener = new LoopbackListener();
        strict = new HttpFetcher(FetchPolicy.defaults().withRetries(0, Duration.ZERO));
    }

    @AfterEach
    void stop() throws IOException {
        strict.close();
        listener.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "127.1", "2130706433", "0x7f000001", "0177.0.0.1",
            "0.0.0.0", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]",
            "[2002:7f00:1::1]"})
    void aLoopbackAddressInAnySpellingGetsNoConnection(String host) {
        URI uri = URI.create("http://" + host + ":" + listener.port() + "/sparql");
        assertThrows(FetchException.class, () -> strict.fetch(uri, "*/*"), host);
        assertThrows(FetchException.class, () -> strict.post(uri, "text/plain", new byte[1], "*/*"), host);
        assertEquals(0, listener.connections(), host + " reached the listener");
    }

    @Test
    void theRefusalNamesTheAddressAndItsRange() {
        FetchException e = assertThrows(FetchException.class,
                () -> strict.fetch(URI.create("http://2130706433:" + listener.port() + "/"), "*/*"));
        assertTrue(e.getMessage().contains("2130706433 resolves to the non-public address 127.0.0.1 (in 127.0.0.0/8, loopback)"),
                e.getMessage());
    }

    @Test
    void anAllowListedHostIsReached() {
        try (HttpFetcher allowed = new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1")))) {
            allowed.fetch(URI.create("http://127.0.0.1:" + listener.port() + "/"), "*/*");
        }
        assertEquals(1, listener.connections());
    }

    @Test
    void theConnectionGoesToTheAddressTheResolverVetted() {
        // "partner.test" exists in no DNS: reaching the listener proves the connection used the
        // resolver's own answer, not a second look-up of the name.
        VettedResolver.HostLookup lookup = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        try (HttpFetcher allowed = new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("partner.test")), lookup)) {
            allowed.fetch(URI.create("http://partner.test:" + listener.port() + "/"), "*/*");
        }
        assertEquals(1, listener.connections());
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckGetsNoConnection() {
        // First answer public (vetted, then unreachable here), every later answer loopback.
        AtomicInteger lookups = new AtomicInteger();
        VettedResolver.HostLookup rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "192.88.98.1" : "127.0.0.1")};
        FetchPolicy policy = new FetchPolicy(Duration.ofMillis(500), Duration.ofSeconds(5), 2, Duration.ofMillis(10),
                1_000_000, 5, Set.of(), "test");
        try (HttpFetcher fetcher = new HttpFetcher(policy, rebinding)) {
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch(URI.create("http://rebind.test:" + listener.port() + "/"), "*/*"));
            assertTrue(e.getMessage().contains("rebind.test resolves to the non-public address 127.0.0.1"), e.getMessage());
        }
        assertEquals(0, listener.connections());
        assertEquals(2, lookups.get(), "one look-up per connection attempt: the first, then the retry");
    }

    @Test
    void aServerThatDripsItsBodyIsCutAtTheDeadline() throws IOException {
        try (Drip drip = new Drip(true)) {
            assertCutAtDeadline(drip.port());
        }
    }

    @Test
    void aServerThatDripsItsHeadersIsCutAtTheDeadline() throws IOException {
        try (Drip drip = new Drip(false)) {
            assertCutAtDeadline(drip.port());
        }
    }

    private static void assertCutAtDeadline(int port) {
        FetchPolicy policy = FetchPolicy.defaults().allowing(Set.of("127.0.0.1")).withRetries(0, Duration.ZERO)
                .withReadTimeout(Duration.ofSeconds(1));
        try (HttpFetcher fetcher = new HttpFetcher(policy)) {
            FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(FetchException.class,
                    () -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/"), "*/*")));
            assertTrue(e.getMessage().contains("deadline"), e.getMessage());
        }
    }

    /** A server that sends one byte every 100 ms, of its body or of its headers, and never ends. */
    private static final class Drip implements AutoCloseable {
        private final ServerSocket socket;

        Drip(boolean headersFirst) throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            Thread t = new Thread(() -> serve(headersFirst), "drip");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(boolean headersFirst) {
            try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                String head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n";
                if (headersFirst) {
                    out.write((head + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } else {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                }
                for (int i = 0; i < 600; i++) {
                    out.write(headersFirst ? 'x' : 'X');
                    if (!headersFirst) {
                        out.write(": y\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // The client hung up: done.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
