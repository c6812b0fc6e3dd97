package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.account.User;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in sessions of the forms, kept in memory on the server: a session is named by 256 random bits
 * (the cookie's value, nothing else in it) and holds the token it was opened with (never sent back to the
 * browser) and its CSRF token, another 256 random bits. The token is resolved again on every request
 * ({@link SessionFilter}), so a revoked token or a removed user ends its sessions at once. A
 * session ends when signed out or {@link #LIFETIME} after sign-in; a restart signs everyone out. At most
 * {@value #MAX_SESSIONS} are kept, the oldest dropped first.
 */
public final class Sessions {
    /** How long a sign-in lasts: a working day. */
    public static final Duration LIFETIME = Duration.ofHours(8);
    static final int MAX_SESSIONS = 10_000;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Session> sessions = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    /**
     * One signed-in session.
     *
     * @param id the cookie's value
     * @param token the API token (or admin token) it was opened with
     * @param user who signed in, as the token named it at the last request
     * @param csrf the token every form POST of the session carries
     * @param expires when it ends
     */
    public record Session(String id, String token, User user, String csrf, Instant expires) {
        /** True when {@code given} is this session's CSRF token (compared in constant time). */
        public boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }

        /** Names the user and the end, never the secrets (a session may end up in a log). */
        @Override
        public String toString() {
            return "Session[" + user.name() + ", until " + expires + "]";
        }

        Session as(User current) {
            return new Session(id, token, current, csrf, expires);
        }
    }

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for {@code user}, who signed in with {@code token}. */
    public synchronized Session open(String token, User user) {
        Session s = new Session(randomId(), token, user, randomId(), clock.instant().plus(LIFETIME));
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session named {@code id}, if any; an expired one is forgotten. */
    public synchronized Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s != null && !clock.instant().isBefore(s.expires())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(s);
    }

    /** Ends the session named {@code id}. */
    public synchronized void close(String id) {
        sessions.remove(id);
    }

    private String randomId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }
}
