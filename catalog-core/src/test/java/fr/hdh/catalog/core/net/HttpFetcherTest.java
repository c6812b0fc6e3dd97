package fr.hdh.catalog.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.core.net.Fetcher.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local HTTP server on 127.0.0.1, allow-listed as the tests' configuration does. */
class HttpFetcherTest {
    private static final byte[] TURTLE = "<http://x.example/a> <http://x.example/b> \"c\" .\n".getBytes(StandardCharsets.UTF_8);

    HttpServer server;
    String base;
    final AtomicInteger flakyCalls = new AtomicInteger();
    final HttpFetcher allowed = new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1"))
            .withRetries(2, Duration.ofMillis(10)).withMaxBytes(10_000));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/plain", ex -> send(ex, 200, TURTLE, false));
        server.createContext("/gzip", ex -> send(ex, 200, TURTLE, true));
        server.createContext("/flaky", ex -> {
            if (flakyCalls.incrementAndGet() < 3) {
                send(ex, 503, new byte[0], false);
            } else {
                send(ex, 200, TURTLE, false);
            }
        });
        server.createContext("/missing", ex -> {
            flakyCalls.incrementAndGet();
            send(ex, 404, new byte[0], false);
        });
        server.createContext("/huge", ex -> send(ex, 200, new byte[20_000], false));
        server.createContext("/bomb", ex -> send(ex, 200, new byte[5_000_000], true));
        server.createContext("/redirect", ex -> redirect(ex, "/plain"));
        server.createContext("/echo", ex -> send(ex, 200, ex.getRequestBody().readAllBytes(), false));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-localhost", ex -> redirect(ex, "http://localhost:" + server.getAddress().getPort() + "/plain"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        allowed.close();
    }

    @Test
    void fetchesABodyAndItsMediaType() {
        Fetcher.Fetched page = allowed.fetch(URI.create(base + "/plain"), "text/turtle");
        assertArrayEquals(TURTLE, page.body());
        assertEquals("text/turtle", page.contentType());
    }

    @Test
    void undoesGzip() {
        assertArrayEquals(TURTLE, allowed.fetch(URI.create(base + "/gzip"), "text/turtle").body());
    }

    @Test
    void retriesA503ThenSucceeds() {
        assertArrayEquals(TURTLE, allowed.fetch(URI.create(base + "/flaky"), "text/turtle").body());
        assertEquals(3, flakyCalls.get());
    }

    @Test
    void failsOnA404WithoutRetrying() {
        FetchException e = assertThrows(FetchException.class, () -> allowed.fetch(URI.create(base + "/missing"), "*/*"));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertEquals(1, flakyCalls.get());
    }

    @Test
    void refusesABodyOverTheCapAlsoAfterGzip() {
        FetchException huge = assertThrows(FetchException.class, () -> allowed.fetch(URI.create(base + "/huge"), "*/*"));
        assertTrue(huge.getMessage().contains("larger than the cap"), huge.getMessage());
        FetchException bomb = assertThrows(FetchException.class, () -> allowed.fetch(URI.create(base + "/bomb"), "*/*"));
        assertTrue(bomb.getMessage().contains("larger than the cap"), bomb.getMessage());
    }

    @Test
    void followsARedirectButNotALoop() {
        Fetcher.Fetched page = allowed.fetch(URI.create(base + "/redirect"), "text/turtle");
        assertEquals(base + "/plain", page.uri().toString());
        FetchException loop = assertThrows(FetchException.class, () -> allowed.fetch(URI.create(base + "/loop"), "*/*"));
        assertTrue(loop.getMessage().contains("redirects"), loop.getMessage());
    }

    @Test
    void refusesLoopbackWhenNotAllowListed() {
        try (HttpFetcher strict = new HttpFetcher(FetchPolicy.defaults())) {
            FetchException e = assertThrows(FetchException.class, () -> strict.fetch(URI.create(base + "/plain"), "*/*"));
            assertTrue(e.getMessage().contains("127.0.0.1 is the non-public address 127.0.0.1"), e.getMessage());
        }
    }

    @Test
    void postsABodyAndReadsTheAnswer() {
        Fetcher.Fetched answer = allowed.post(URI.create(base + "/echo"), "application/x-www-form-urlencoded",
                "query=ASK%7B%7D".getBytes(StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals("query=ASK%7B%7D", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void doesNotFollowARedirectAnsweringAPost() {
        FetchException e = assertThrows(FetchException.class, () -> allowed.post(URI.create(base + "/redirect"),
                "text/plain", new byte[1], "*/*"));
        assertTrue(e.getMessage().contains("redirect, which is not followed"), e.getMessage());
    }

    @Test
    void rechecksEachRedirectTargetAndRefusesAPrivateOne() {
        FetchException e = assertThrows(FetchException.class, () -> allowed.fetch(URI.create(base + "/to-localhost"), "*/*"));
        assertTrue(e.getMessage().contains("http://localhost:" + server.getAddress().getPort() + "/plain: refused, localhost "
                + "resolves to the non-public address 127.0.0.1 (in 127.0.0.0/8, loopback)"), e.getMessage());
    }

    @Test
    void refusesOtherSchemes() {
        FetchException e = assertThrows(FetchException.class, () -> allowed.fetch(URI.create("file:///etc/passwd"), "*/*"));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, new byte[0], false);
    }

    private static void send(HttpExchange ex, int status, byte[] body, boolean gzip) throws IOException {
        byte[] bytes = body;
        if (gzip) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
                out.write(body);
            }
            bytes = zipped.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().add("Content-Type", "text/turtle");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
