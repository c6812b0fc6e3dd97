package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sessions end eight hours after sign-in or when closed; ids and CSRF tokens are 256 random bits, never reused. */
class SessionsTest {
    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionEndsEightHoursAfterSignIn() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(clock);
        Sessions.Session s = sessions.open("a-token", User.ADMINISTRATOR);
        clock.now = clock.now.plus(Duration.ofHours(8)).minusSeconds(1);
        assertTrue(sessions.find(s.id()).isPresent(), "still on at 7:59:59");
        clock.now = clock.now.plusSeconds(1);
        assertFalse(sessions.find(s.id()).isPresent(), "over at 8:00:00");
    }

    @Test
    void aClosedSessionIsGoneAndIdsAreRandomAndLong() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Sessions.Session s = sessions.open("a-token", User.ADMINISTRATOR);
            assertEquals(32, Base64.getUrlDecoder().decode(s.id()).length);
            assertEquals(32, Base64.getUrlDecoder().decode(s.csrf()).length);
            assertNotEquals(s.id(), s.csrf());
            assertTrue(seen.add(s.id()) && seen.add(s.csrf()));
        }
        Sessions.Session s = sessions.open("a-token", User.ADMINISTRATOR);
        assertTrue(s.csrfMatches(s.csrf()));
        assertFalse(s.csrfMatches(s.csrf().substring(1)));
        assertFalse(s.csrfMatches(null));
        sessions.close(s.id());
        assertFalse(sessions.find(s.id()).isPresent());
        assertFalse(sessions.find(null).isPresent());
    }
}
