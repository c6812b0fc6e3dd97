package fr.hdh.catalog.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.write.WriteWebModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repeated bad tokens from one client are slowed down: after the allowance, 429 with Retry-After, even for a good token. */
class BadTokenThrottleTest {
    static final String ADMIN = "admin-token-of-the-tests-0123456789";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Catalog catalog;
    static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                new Readiness(), List.of(new WriteWebModule(catalog, Optional.of(ADMIN))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void aClientGuessingTokensIsHeldOff() throws Exception {
        assertEquals(200, users(ADMIN).statusCode(), "the good token works before any guess");
        for (int i = 0; i < BadTokenThrottle.ALLOWED; i++) {
            assertEquals(401, users("hdh_guess" + i).statusCode());
        }
        HttpResponse<String> held = users("hdh_one-more-guess");
        assertEquals(429, held.statusCode());
        assertTrue(Integer.parseInt(held.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(429, users(ADMIN).statusCode(), "held off whatever the token, until the window passes");
    }

    @Test
    void memoryIsBoundedWhateverTheNumberOfClients() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        BadTokenThrottle throttle = new BadTokenThrottle(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
        for (int i = 0; i < BadTokenThrottle.CLIENTS + 500; i++) {
            throttle.refusedForTest("10.0." + (i / 256) + "." + (i % 256), now.get());
        }
        assertEquals(BadTokenThrottle.CLIENTS, throttle.remembered());
    }

    private static HttpResponse<String> users(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/users"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
