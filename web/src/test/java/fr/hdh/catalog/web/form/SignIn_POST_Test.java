package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /sign-in} and {@code /sign-out}: a token opens a session behind a cookie scripts cannot read and other
 * sites' requests do not carry; a wrong token opens nothing; the header links to the forms only when signed in;
 * signing out needs the session's CSRF token and ends the session on the server.
 */
class SignIn_POST_Test {
    private static FormServer server;
    private static String producer;

    @BeforeAll
    static void start() {
        server = FormServer.start();
        producer = server.user("atih-editor", Role.PRODUCER, FormServer.ATIH);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTokenOpensASessionBehindAStrictHttpOnlyCookie() {
        FormClient reader = new FormClient(server);
        assertEquals(303, reader.get("/my/datasets").status(), "not signed in: sent to sign in");
        assertTrue(reader.get("/my/datasets").location().startsWith("/sign-in?next="));
        assertNull(reader.get("/").doc().selectFirst("header nav.site a[href='/my/datasets']"), "no link before signing in");

        FormClient.Page signedIn = reader.signIn(producer);
        assertEquals("/my/datasets", signedIn.location());
        String setCookie = signedIn.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionFilter.COOKIE + "=")).findFirst().orElseThrow();
        String attributes = setCookie.toLowerCase();
        assertTrue(attributes.contains("httponly"), setCookie);
        assertTrue(attributes.contains("samesite=strict"), setCookie);
        assertTrue(attributes.contains("path=/"), setCookie);
        assertFalse(attributes.contains("secure"), "plain http here: no Secure flag, " + setCookie);
        assertEquals(43, reader.sessionCookie().length(), "256 random bits in base64url: " + reader.sessionCookie());
        assertFalse(reader.sessionCookie().contains(producer), "the cookie holds no token");

        FormClient.Page mine = reader.get("/my/datasets");
        assertEquals(200, mine.status());
        assertEquals("Mes jeux de données", mine.doc().selectFirst("h1").text());
        assertNotNull(mine.doc().selectFirst("header nav.site a[href='/my/datasets']"), "the header links to the forms");
        assertTrue(mine.doc().selectFirst("p.signed-in").text().contains("atih-editor"));
    }

    @Test
    void revokingTheTokenEndsItsSessions() {
        String token = server.user("short-lived", Role.PRODUCER, FormServer.ATIH);
        FormClient reader = new FormClient(server);
        reader.signIn(token);
        assertEquals(200, reader.get("/my/datasets").status());
        server.catalog().accounts().revokeTokens("short-lived", "admin");
        assertEquals(303, reader.get("/my/datasets").status(), "signed out at the next request");
        assertNull(reader.get("/").doc().selectFirst("header nav.site a[href='/my/datasets']"));
    }

    @Test
    void aWrongTokenOpensNothing() {
        FormClient reader = new FormClient(server);
        FormClient.Page refused = reader.post("/sign-in", List.of(Map.entry("token", "not-a-token-anyone-holds")), Map.of());
        assertEquals(401, refused.status());
        assertTrue(refused.response().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SessionFilter.COOKIE)));
        assertEquals("true", refused.doc().selectFirst("#token").attr("aria-invalid"));
        assertEquals("token-error", refused.doc().selectFirst("#token").attr("aria-describedby"));
        assertTrue(refused.doc().selectFirst("#token-error").text().contains("pas valide"));
        assertEquals(303, reader.get("/my/datasets").status());
    }

    @Test
    void tokenGuessingIsSlowedDown() {
        // The server's only client is this test: its guesses come from the address every reader of this class shares,
        // so this test runs on its own server.
        try (FormServer own = FormServer.start()) {
            String token = own.user("atih-editor", Role.PRODUCER, FormServer.ATIH);
            FormClient guesser = new FormClient(own);
            for (int i = 0; i < fr.hdh.catalog.web.account.BadTokenThrottle.ALLOWED; i++) {
                assertEquals(401, guesser.post("/sign-in", List.of(Map.entry("token", "guess-" + i)), Map.of()).status());
            }
            FormClient.Page slowed = guesser.post("/sign-in", List.of(Map.entry("token", token)), Map.of());
            assertEquals(429, slowed.status(), "even the right token waits");
            assertTrue(slowed.response().headers().firstValue("Retry-After").isPresent());
            assertEquals("", guesser.sessionCookie());
        }
    }

    @Test
    void theAdminTokenSignsInTheAdministrator() {
        FormClient admin = new FormClient(server);
        admin.signIn(FormServer.ADMIN);
        FormClient.Page queue = admin.get("/curation");
        assertEquals(200, queue.status());
        assertEquals("File de relecture", queue.doc().selectFirst("h1").text());
    }

    @Test
    void aSignInFromAnotherSiteIsRefused() {
        FormClient reader = new FormClient(server);
        FormClient.Page refused = reader.post("/sign-in", List.of(Map.entry("token", producer)), Map.of("Origin", "https://evil.example"));
        assertEquals(403, refused.status());
        assertEquals("", reader.sessionCookie());
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheSession() {
        FormClient reader = new FormClient(server);
        reader.signIn(producer);
        String session = reader.sessionCookie();
        assertEquals(403, reader.post("/sign-out", List.of(), Map.of()).status(), "no CSRF token: refused");
        assertEquals(200, reader.get("/my/datasets").status(), "still signed in");

        FormClient.Page out = reader.submit(reader.get("/my/datasets"), "form[action='/sign-out']", Map.of());
        assertEquals(303, out.status());
        assertEquals("", reader.sessionCookie(), "the cookie is cleared");
        FormClient old = new FormClient(server);
        old.useCookie(session);
        assertEquals(303, old.get("/my/datasets").status(), "the old session is over on the server");
    }
}
